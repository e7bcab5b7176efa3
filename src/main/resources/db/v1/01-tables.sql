-- Risk Workbench portfolio schema, version 1.
-- Portable SQL (H2 and PostgreSQL). KEY, VALUE and MONTH are reserved words in H2 2.x, hence quoted.
-- Enumerations are VARCHAR with CHECK constraints so that both databases accept the same script.

CREATE TABLE portfolio_meta (
  "KEY" VARCHAR(64) NOT NULL PRIMARY KEY,
  "VALUE" VARCHAR(4000) NOT NULL
);

CREATE TABLE borrower (
  borrower_id VARCHAR(64) NOT NULL PRIMARY KEY,
  borrower_type VARCHAR(20) NOT NULL
    CHECK (borrower_type IN ('INDIVIDUAL', 'MICRO_ENTERPRISE', 'SMALL_ENTERPRISE')),
  name VARCHAR(200),
  id_number VARCHAR(64),
  birth_date DATE,
  region VARCHAR(100) NOT NULL,
  city VARCHAR(100),
  industry VARCHAR(100) NOT NULL,
  annual_income DECIMAL(18, 2),
  credit_score INTEGER
);

CREATE TABLE loan (
  loan_id VARCHAR(64) NOT NULL PRIMARY KEY,
  borrower_id VARCHAR(64) NOT NULL,
  product VARCHAR(100) NOT NULL,
  channel VARCHAR(100) NOT NULL,
  origination_date DATE NOT NULL,
  maturity_date DATE NOT NULL,
  principal DECIMAL(18, 2) NOT NULL CHECK (principal >= 0),
  interest_rate DECIMAL(9, 6) NOT NULL,
  term_months INTEGER NOT NULL,
  risk_grade VARCHAR(20) NOT NULL,
  guarantee_type VARCHAR(20) NOT NULL
    CHECK (guarantee_type IN ('CREDIT', 'GUARANTEED', 'COLLATERAL'))
);

CREATE TABLE loan_month (
  loan_id VARCHAR(64) NOT NULL,
  "MONTH" DATE NOT NULL,
  balance DECIMAL(18, 2) NOT NULL CHECK (balance >= 0),
  days_past_due INTEGER NOT NULL CHECK (days_past_due >= 0),
  status VARCHAR(20) NOT NULL CHECK (status IN ('ACTIVE', 'PAID_OFF', 'CHARGED_OFF')),
  charge_off_amount DECIMAL(18, 2),
  recovery_amount DECIMAL(18, 2),
  PRIMARY KEY (loan_id, "MONTH")
);

CREATE TABLE collection_action (
  action_id VARCHAR(64) NOT NULL PRIMARY KEY,
  loan_id VARCHAR(64) NOT NULL,
  action_date DATE NOT NULL,
  action_type VARCHAR(20) NOT NULL
    CHECK (action_type IN ('SMS', 'CALL', 'VISIT', 'LETTER', 'LEGAL', 'AGENCY')),
  outcome VARCHAR(20) NOT NULL
    CHECK (outcome IN ('NO_CONTACT', 'CONTACTED', 'PROMISE_TO_PAY', 'PAID', 'REFUSED')),
  amount_recovered DECIMAL(18, 2) NOT NULL
);

CREATE TABLE fraud_case (
  case_id VARCHAR(64) NOT NULL PRIMARY KEY,
  loan_id VARCHAR(64),
  borrower_id VARCHAR(64),
  reported_date DATE NOT NULL,
  fraud_type VARCHAR(40) NOT NULL
    CHECK (fraud_type IN ('IDENTITY_THEFT', 'SYNTHETIC_IDENTITY', 'APPLICATION_MISREPRESENTATION',
                          'DOCUMENT_FORGERY', 'FIRST_PAYMENT_DEFAULT', 'INSIDER_COLLUSION',
                          'LOAN_PURPOSE_MISUSE', 'OTHER')),
  detection_channel VARCHAR(20) NOT NULL
    CHECK (detection_channel IN ('MODEL_ALERT', 'MANUAL_REVIEW', 'COLLECTIONS', 'THIRD_PARTY_TIP', 'AUDIT')),
  status VARCHAR(20) NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'DISMISSED', 'CLOSED')),
  exposure DECIMAL(18, 2) NOT NULL,
  loss_amount DECIMAL(18, 2) NOT NULL,
  recovered_amount DECIMAL(18, 2) NOT NULL,
  root_cause VARCHAR(200),
  summary VARCHAR(4000)
);

-- Findings of the import that a later screen shows (gaps in a loan's months, seasoned loans, ...).
CREATE TABLE data_quality_finding (
  finding_id INTEGER NOT NULL PRIMARY KEY,
  kind VARCHAR(40) NOT NULL,
  loan_id VARCHAR(64),
  detail VARCHAR(1000) NOT NULL
);
