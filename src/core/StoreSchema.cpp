#include "StoreSchema.h"

namespace {

// Version 1: the first released schema.
constexpr const char* kV1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    local_id TEXT NOT NULL UNIQUE,
    label TEXT,
    sex TEXT NOT NULL DEFAULT 'unknown',
    consent_state TEXT NOT NULL DEFAULT 'not_recorded',
    consent_date TEXT,
    contact_name TEXT, contact_institution TEXT, contact_email TEXT, contact_href TEXT, contact_roles TEXT,
    age_of_onset TEXT, inheritance_mode TEXT, source TEXT,
    created TEXT NOT NULL, modified TEXT NOT NULL);
CREATE TABLE phenotype_features (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, term_id TEXT NOT NULL, label TEXT, excluded INTEGER NOT NULL DEFAULT 0,
    onset_id TEXT, onset_label TEXT);
CREATE INDEX phenotype_features_patient ON phenotype_features(patient_id);
CREATE TABLE variants (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    hgnc_id TEXT, symbol TEXT, ensembl_id TEXT, entrez_id TEXT,
    assembly TEXT, chromosome TEXT, position INTEGER, ref TEXT, alt TEXT, zygosity TEXT NOT NULL,
    hgvs_c TEXT, hgvs_p TEXT, hgvs_g TEXT, acmg TEXT, consequence_id TEXT, consequence_label TEXT, label TEXT);
CREATE INDEX variants_patient ON variants(patient_id);
CREATE TABLE disorders (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, disorder_id TEXT NOT NULL, label TEXT, excluded INTEGER NOT NULL DEFAULT 0);
CREATE INDEX disorders_patient ON disorders(patient_id);
CREATE TABLE nodes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE, base_url TEXT NOT NULL, media_version TEXT NOT NULL,
    connect_timeout_ms INTEGER NOT NULL, total_timeout_ms INTEGER NOT NULL,
    ca_bundle TEXT, pinned_key TEXT, client_cert TEXT, client_key TEXT, enabled INTEGER NOT NULL);
CREATE TABLE matches (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    node_name TEXT NOT NULL, remote_id TEXT NOT NULL,
    node_score REAL, local_score REAL, phenotype_score REAL, genotype_score REAL,
    remote_record BLOB, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new', notes TEXT,
    UNIQUE (patient_id, node_name, remote_id));
CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    match_id INTEGER NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, reason TEXT, created TEXT NOT NULL, read INTEGER NOT NULL DEFAULT 0);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL, action TEXT NOT NULL, patient_id INTEGER,
    pseudonym TEXT, destination TEXT, payload_sha256 TEXT, fields_sent TEXT, outcome TEXT);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// Version 2: publications per case, match explanations/disclaimers/withdrawal, alert runs.
constexpr const char* kV2 = R"SQL(
CREATE TABLE patient_references (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, ref_id TEXT NOT NULL, reference TEXT, description TEXT);
CREATE INDEX patient_references_patient ON patient_references(patient_id);
ALTER TABLE matches ADD COLUMN explanation BLOB;
ALTER TABLE matches ADD COLUMN disclaimer TEXT;
ALTER TABLE matches ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN run_id INTEGER NOT NULL DEFAULT 0;
CREATE INDEX alerts_unread ON alerts(read, created);
CREATE INDEX matches_patient ON matches(patient_id);
CREATE INDEX audit_patient ON audit(patient_id);
)SQL";

// Version 3: watched patients (saved queries), alert runs, per-node retries after failures.
constexpr const char* kV3 = R"SQL(
CREATE TABLE watches (
    patient_id INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
    schedule TEXT NOT NULL DEFAULT 'daily',
    min_score REAL NOT NULL DEFAULT 0,
    next_due TEXT NOT NULL,
    last_run TEXT,
    lease_owner TEXT, lease_until TEXT);
CREATE TABLE watch_retries (
    patient_id INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    node_name TEXT NOT NULL, reason TEXT, since TEXT NOT NULL,
    PRIMARY KEY (patient_id, node_name));
CREATE TABLE alert_runs (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL, started TEXT NOT NULL, finished TEXT,
    status TEXT NOT NULL, patients INTEGER NOT NULL DEFAULT 0, new_alerts INTEGER NOT NULL DEFAULT 0,
    summary TEXT);
)SQL";

} // namespace

namespace StoreSchema {

QList<const char*> migrations()
{
    return {kV1, kV2, kV3};
}

} // namespace StoreSchema
