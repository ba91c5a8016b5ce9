--liquibase formatted sql

--changeset hearth:tenants-013-billing-details splitStatements:false
-- The organisation's billing details (issue 11): the legal name, postal address and e-mail its
-- invoices are made out to. They sit on the tenant's own row, next to billing_country and
-- vat_number (011), which they complete: the row's policy already lets a tenant see and change
-- only itself, and its writes already need an actor (audited). billing_details_at is when they
-- were last set; NULL means never (invoices then name the tenant as registered).
ALTER TABLE tenants.tenants
  ADD COLUMN legal_name         TEXT CHECK (length(legal_name) BETWEEN 1 AND 200),
  ADD COLUMN address_line1      TEXT CHECK (length(address_line1) BETWEEN 1 AND 200),
  ADD COLUMN address_line2      TEXT CHECK (length(address_line2) BETWEEN 1 AND 200),
  ADD COLUMN postcode           TEXT CHECK (length(postcode) BETWEEN 1 AND 20),
  ADD COLUMN city               TEXT CHECK (length(city) BETWEEN 1 AND 100),
  ADD COLUMN billing_email      TEXT CHECK (length(billing_email) BETWEEN 3 AND 254),
  ADD COLUMN billing_details_at TIMESTAMPTZ,
  ADD CONSTRAINT billing_details_whole CHECK (billing_details_at IS NULL
    OR (legal_name IS NOT NULL AND address_line1 IS NOT NULL AND postcode IS NOT NULL AND city IS NOT NULL AND billing_email IS NOT NULL));

-- An issued invoice keeps its buyer as it was at issue: changed details apply from the next
-- invoice on. Existing invoices take the tenant's present name, country and VAT number.
ALTER TABLE tenants.invoices
  ADD COLUMN buyer_name       TEXT,
  ADD COLUMN buyer_line1      TEXT,
  ADD COLUMN buyer_line2      TEXT,
  ADD COLUMN buyer_postcode   TEXT,
  ADD COLUMN buyer_city       TEXT,
  ADD COLUMN buyer_country    CHAR(2),
  ADD COLUMN buyer_vat_number TEXT,
  ADD COLUMN buyer_email      TEXT;
UPDATE tenants.invoices i SET buyer_name = t.name, buyer_country = t.billing_country, buyer_vat_number = t.vat_number
  FROM tenants.tenants t WHERE t.id = i.tenant_id;
ALTER TABLE tenants.invoices ALTER COLUMN buyer_name SET NOT NULL, ALTER COLUMN buyer_country SET NOT NULL;

-- Whatever path issues an invoice (the month's close, an interim invoice), the buyer is copied
-- from the tenant's row in the invoice's own statement, so no issuing code can forget it. It runs
-- in the issuer's transaction and under its row-level security (the system scope, or the tenant).
CREATE FUNCTION tenants.invoice_buyer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.buyer_name IS NULL THEN
    SELECT coalesce(t.legal_name, t.name), t.address_line1, t.address_line2, t.postcode, t.city, t.billing_country, t.vat_number, t.billing_email
      INTO NEW.buyer_name, NEW.buyer_line1, NEW.buyer_line2, NEW.buyer_postcode, NEW.buyer_city, NEW.buyer_country, NEW.buyer_vat_number,
           NEW.buyer_email
      FROM tenants.tenants t WHERE t.id = NEW.tenant_id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER invoice_buyer BEFORE INSERT ON tenants.invoices FOR EACH ROW EXECUTE FUNCTION tenants.invoice_buyer();
GRANT EXECUTE ON FUNCTION tenants.invoice_buyer() TO hearth_app;
--rollback DROP TRIGGER invoice_buyer ON tenants.invoices; DROP FUNCTION tenants.invoice_buyer(); ALTER TABLE tenants.invoices DROP COLUMN buyer_name, DROP COLUMN buyer_line1, DROP COLUMN buyer_line2, DROP COLUMN buyer_postcode, DROP COLUMN buyer_city, DROP COLUMN buyer_country, DROP COLUMN buyer_vat_number, DROP COLUMN buyer_email; ALTER TABLE tenants.tenants DROP CONSTRAINT billing_details_whole, DROP COLUMN legal_name, DROP COLUMN address_line1, DROP COLUMN address_line2, DROP COLUMN postcode, DROP COLUMN city, DROP COLUMN billing_email, DROP COLUMN billing_details_at;
