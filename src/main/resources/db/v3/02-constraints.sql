-- Applied after a bulk load. The importer has already checked every one of these rules row by row
-- (see TapeImporter), so the H2 writer adds them with NOCHECK: re-verifying 25 million rows would
-- double the import time and find nothing.

ALTER TABLE borrower ADD CONSTRAINT ck_borrower_borrower_type CHECK (borrower_type IN ('INDIVIDUAL', 'MICRO_ENTERPRISE', 'SMALL_ENTERPRISE'));
ALTER TABLE loan ADD CONSTRAINT ck_loan_principal CHECK (principal >= 0);
ALTER TABLE loan ADD CONSTRAINT ck_loan_guarantee_type CHECK (guarantee_type IN ('CREDIT', 'GUARANTEED', 'COLLATERAL'));
ALTER TABLE loan ADD CONSTRAINT ck_loan_own_share CHECK (own_share >= 0 AND own_share <= 1);
ALTER TABLE loan_month ADD CONSTRAINT ck_loan_month_balance CHECK (balance >= 0);
ALTER TABLE loan_month ADD CONSTRAINT ck_loan_month_days_past_due CHECK (days_past_due >= 0);
ALTER TABLE loan_month ADD CONSTRAINT ck_loan_month_status CHECK (status IN ('ACTIVE', 'PAID_OFF', 'CHARGED_OFF'));
ALTER TABLE loan_month ADD CONSTRAINT ck_loan_month_five_category CHECK (five_category IN ('NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'));
ALTER TABLE loan_month ADD CONSTRAINT ck_loan_month_provision CHECK (provision >= 0);
ALTER TABLE collection_action ADD CONSTRAINT ck_collection_action_action_type CHECK (action_type IN ('SMS', 'CALL', 'VISIT', 'LETTER', 'LEGAL', 'AGENCY'));
ALTER TABLE collection_action ADD CONSTRAINT ck_collection_action_outcome CHECK (outcome IN ('NO_CONTACT', 'CONTACTED', 'PROMISE_TO_PAY', 'PAID', 'REFUSED'));
ALTER TABLE fraud_case ADD CONSTRAINT ck_fraud_case_fraud_type CHECK (fraud_type IN ('IDENTITY_THEFT', 'SYNTHETIC_IDENTITY', 'APPLICATION_MISREPRESENTATION', 'DOCUMENT_FORGERY', 'FIRST_PAYMENT_DEFAULT', 'INSIDER_COLLUSION', 'LOAN_PURPOSE_MISUSE', 'OTHER'));
ALTER TABLE fraud_case ADD CONSTRAINT ck_fraud_case_detection_channel CHECK (detection_channel IN ('MODEL_ALERT', 'MANUAL_REVIEW', 'COLLECTIONS', 'THIRD_PARTY_TIP', 'AUDIT'));
ALTER TABLE fraud_case ADD CONSTRAINT ck_fraud_case_status CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED', 'CLOSED'));
ALTER TABLE month_group ADD CONSTRAINT ck_month_group_days_past_due CHECK (days_past_due >= 0);
ALTER TABLE month_group ADD CONSTRAINT ck_month_group_five_category CHECK (five_category IN ('NORMAL', 'SPECIAL_MENTION', 'SUBSTANDARD', 'DOUBTFUL', 'LOSS'));
ALTER TABLE month_group ADD CONSTRAINT ck_month_group_loans CHECK (loans > 0);
ALTER TABLE month_group ADD CONSTRAINT ck_month_group_balance CHECK (balance >= 0);

-- Indexes first, so that the foreign keys below use them instead of building their own.
CREATE INDEX ix_loan_borrower ON loan (borrower_id);
CREATE INDEX ix_collection_loan ON collection_action (loan_id);
CREATE INDEX ix_fraud_loan ON fraud_case (loan_id);

ALTER TABLE loan ADD CONSTRAINT fk_loan_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (borrower_id);
ALTER TABLE loan_month ADD CONSTRAINT fk_loan_month_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE collection_action ADD CONSTRAINT fk_collection_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE fraud_case ADD CONSTRAINT fk_fraud_loan FOREIGN KEY (loan_id) REFERENCES loan (loan_id);
ALTER TABLE fraud_case ADD CONSTRAINT fk_fraud_borrower FOREIGN KEY (borrower_id) REFERENCES borrower (borrower_id);
