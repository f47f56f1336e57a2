-- App Store sources: the app whose reviews are read (its numeric App Store id) and the storefront (country code).
alter table source add column app_id varchar(20);
alter table source add column country varchar(2);
