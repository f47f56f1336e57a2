-- Google Play sources: the app whose reviews are read (its package name, such as com.example.app).
alter table source add column package_name varchar(255);
