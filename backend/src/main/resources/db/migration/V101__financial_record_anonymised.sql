-- T-1 financial-record: seven years after the end of its fiscal (calendar) year a placement and
-- its invoices no longer have to be kept; the ANONYMISE action keeps the dates and amounts and
-- cuts every tie to the person (the response it points to is stripped), and says when here.
ALTER TABLE placement ADD COLUMN anonymised_at timestamptz;
