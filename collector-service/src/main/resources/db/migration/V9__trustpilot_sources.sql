-- Trustpilot sources: the business unit whose reviews are read (its 24-digit hexadecimal Trustpilot id).
alter table source add column business_unit_id varchar(50);
