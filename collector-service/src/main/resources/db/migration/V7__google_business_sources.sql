-- Google Business Profile sources: the location whose reviews are read (accounts/{account}/locations/{location}).
alter table source add column location_name varchar(300);
