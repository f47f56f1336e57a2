-- Yelp sources: the business whose reviews are read (its Yelp id or alias, such as gary-danko-san-francisco).
alter table source add column business_id varchar(200);
