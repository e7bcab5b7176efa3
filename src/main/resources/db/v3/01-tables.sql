-- Risk Workbench portfolio schema, version 3: version 2 plus month_group, each month's ACTIVE loan
-- months by days past due and booked category (version 2 was version 1 plus the optional inputs of
-- docs/methodology.md §1.1: booked five-category classification and provision, co-lending partner
-- and share, related-party group, each a nullable column at the end of its table).
-- Portable SQL (H2 and PostgreSQL). KEY, VALUE and MONTH are reserved words in H2 2.x, hence quoted.
-- Enumerations are VARCHAR; their CHECK constraints (02-constraints.sql) make both databases
-- accept the same scripts.

CREATE TABLE portfolio_meta (
  "KEY" VARCHAR(64) NOT NULL PRIMARY KEY,
  "VALUE" VARCHAR(4000) NOT NULL
);

CREATE TABLE borrower (
  borrower_id VARCHAR(64) NOT NULL PRIMARY KEY,
  borrower_type VARCHAR(20) NOT NULL,
  name VARCHAR(200),
  id_number VARCHAR(64),
  birth_date DATE,
  region VARCHAR(100) NOT NULL,
  city VARCHAR(100),
  industry VARCHAR(100) NOT NULL,
  annual_income DECIMAL(18, 2),
  credit_score INTEGER,
  group_id VARCHAR(64)
);

CREATE TABLE loan (
  loan_id VARCHAR(64) NOT NULL PRIMARY KEY,
  borrower_id VARCHAR(64) NOT NULL,
  product VARCHAR(100) NOT NULL,
  channel VARCHAR(100) NOT NULL,
  origination_date DATE NOT NULL,
  maturity_date DATE NOT NULL,
  principal DECIMAL(18, 2) NOT NULL,
  interest_rate DECIMAL(9, 6) NOT NULL,
  term_months INTEGER NOT NULL,
  risk_grade VARCHAR(20) NOT NULL,
  guarantee_type VARCHAR(20) NOT NULL,
  funding_partner VARCHAR(100),
  own_share DECIMAL(5, 4)
);

CREATE TABLE loan_month (
  loan_id VARCHAR(64) NOT NULL,
  "MONTH" DATE NOT NULL,
  balance DECIMAL(18, 2) NOT NULL,
  days_past_due INTEGER NOT NULL,
  status VARCHAR(20) NOT NULL,
  charge_off_amount DECIMAL(18, 2),
  recovery_amount DECIMAL(18, 2),
  five_category VARCHAR(20),
  provision DECIMAL(18, 2),
  PRIMARY KEY (loan_id, "MONTH")
);

CREATE TABLE collection_action (
  action_id VARCHAR(64) NOT NULL PRIMARY KEY,
  loan_id VARCHAR(64) NOT NULL,
  action_date DATE NOT NULL,
  action_type VARCHAR(20) NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  amount_recovered DECIMAL(18, 2) NOT NULL
);

CREATE TABLE fraud_case (
  case_id VARCHAR(64) NOT NULL PRIMARY KEY,
  loan_id VARCHAR(64),
  borrower_id VARCHAR(64),
  reported_date DATE NOT NULL,
  fraud_type VARCHAR(40) NOT NULL,
  detection_channel VARCHAR(20) NOT NULL,
  status VARCHAR(20) NOT NULL,
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

-- Per-month totals written by the importer while it streams the months: they answer "which
-- months, how many loans, what balance" without scanning loan_month.
CREATE TABLE month_summary (
  "MONTH" DATE NOT NULL PRIMARY KEY,
  loan_rows INTEGER NOT NULL,
  active_loans INTEGER NOT NULL,
  outstanding DECIMAL(18, 2) NOT NULL
);

-- The ACTIVE rows of each month with the same days past due and the same booked category (NULL
-- where the lender booked none): how many and their balance, written by the importer while it
-- streams the months. The dashboard's headline (outstanding, PAR, NPL, the five categories, the
-- monthly trend) comes from these few rows before the loan months are read; loading the book
-- refuses a file whose groups differ from its loan months. No key: five_category may be NULL.
CREATE TABLE month_group (
  "MONTH" DATE NOT NULL,
  days_past_due INTEGER NOT NULL,
  five_category VARCHAR(20),
  loans INTEGER NOT NULL,
  balance DECIMAL(18, 2) NOT NULL
);
