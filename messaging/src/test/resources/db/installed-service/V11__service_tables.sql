-- Stands in for a service's own migrations (collector is at V11): versions above every messaging one.
create table service_state (id integer primary key);
