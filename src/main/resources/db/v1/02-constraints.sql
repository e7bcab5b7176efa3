-- Applied after a bulk load: the importer has already checked every reference, and building
-- these once at the end is much faster than checking them row by row.

ALTER TABLE loan ADD CONSTRAINT fk_loan_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (borrower_id);
ALTER TABLE loan_month ADD CONSTRAINT fk_loan_month_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE collection_action ADD CONSTRAINT fk_collection_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE fraud_case ADD CONSTRAINT fk_fraud_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE fraud_case ADD CONSTRAINT fk_fraud_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (borrower_id);

CREATE INDEX ix_loan_month_month ON loan_month ("MONTH");
CREATE INDEX ix_loan_borrower ON loan (borrower_id);
CREATE INDEX ix_collection_loan ON collection_action (loan_id);
CREATE INDEX ix_fraud_loan ON fraud_case (loan_id);
