#include "Store.h"

#include "CoreLogging.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString toIso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Columns of the patients table in the order readPatient expects.
constexpr const char* kPatientColumns =
    "id, local_id, label, sex, consent_state, consent_date, contact_name, contact_institution, "
    "contact_email, contact_href, contact_roles, age_of_onset, inheritance_mode, source, created, modified";

constexpr const char* kMatchColumns =
    "id, patient_id, node_name, remote_id, node_score, local_score, phenotype_score, genotype_score, "
    "remote_record, explanation, disclaimer, first_seen, last_seen, status, notes, withdrawn";

} // namespace

void Store::open(const QString& path, int targetVersion)
{
    const auto migrations = StoreSchema::migrations();
    Q_ASSERT(targetVersion >= 1 && targetVersion <= migrations.size());
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        throw StoreError(Store::tr("Cannot create the folder %1 for the database").arg(info.absolutePath()));
    }
    m_db.open(path);
    try {
        // The first statements read the header: a file that is not SQLite fails here.
        m_db.exec("PRAGMA foreign_keys = ON");
        const int appId = [&] {
            auto st = m_db.prepare("PRAGMA application_id");
            st.step();
            return int(st.int64(0));
        }();
        int version = m_db.userVersion();
        if (appId != 0 && appId != StoreSchema::kApplicationId) {
            throw StoreError(
                Store::tr("%1 is not a MatchDesk database (it belongs to another application)").arg(path));
        }
        if (appId == 0 && version == 0) {
            auto st = m_db.prepare("SELECT count(*) FROM sqlite_master");
            st.step();
            if (st.int64(0) != 0) {
                throw StoreError(
                    Store::tr("%1 is not a MatchDesk database (it holds other tables)").arg(path));
            }
        }
        if (version > migrations.size()) {
            throw StoreError(
                Store::tr("%1 was written by a newer MatchDesk (schema %2; this version reads up to %3)")
                    .arg(path)
                    .arg(version)
                    .arg(migrations.size()));
        }
        auto check = m_db.prepare("PRAGMA quick_check");
        QStringList problems;
        while (check.step()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok")) {
                problems << line;
            }
        }
        if (!problems.isEmpty()) {
            throw StoreError(
                Store::tr("The database %1 is damaged: %2. Restore it from a backup (the folder holds "
                          "copies made before each upgrade).")
                    .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
        }
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA synchronous = FULL");

        if (version < targetVersion && version > 0) {
            m_lastBackup =
                path + QStringLiteral(".v%1-%2.bak")
                           .arg(version)
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
            m_db.backupTo(m_lastBackup);
            qCInfo(lcStore) << "backed up" << path << "to" << m_lastBackup << "before migrating from"
                            << version;
        }
        while (version < targetVersion) {
            SqliteDatabase::Transaction tx(m_db);
            version = m_db.userVersion(); // another process may have migrated meanwhile
            if (version >= targetVersion) {
                break;
            }
            m_db.exec(migrations.at(version));
            m_db.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(version + 1)).constData());
            m_db.exec(QByteArray("PRAGMA application_id = " + QByteArray::number(StoreSchema::kApplicationId))
                          .constData());
            tx.commit();
            ++version;
            qCDebug(lcStore) << "migrated" << path << "to schema" << version;
        }
        if (meta(QStringLiteral("created")).isEmpty()) {
            setMeta(QStringLiteral("created"), isoNow());
        }
    } catch (const StoreError& e) {
        m_db.close();
        if (e.message().contains(QLatin1String("file is not a database"))) {
            throw StoreError(
                Store::tr("%1 is not a MatchDesk database or is damaged (file is not a database)").arg(path));
        }
        throw;
    }
}

void Store::close()
{
    m_db.close();
}

int Store::schemaVersion()
{
    return m_db.userVersion();
}

void Store::savePatient(Patient& patient)
{
    SqliteDatabase::Transaction tx(m_db);
    writePatient(patient);
    tx.commit();
}

void Store::savePatients(QList<Patient>& patients, const std::function<bool(qsizetype, qsizetype)>& progress)
{
    SqliteDatabase::Transaction tx(m_db);
    for (qsizetype i = 0; i < patients.size(); ++i) {
        if (progress && !progress(i, patients.size())) {
            throw StoreError(Store::tr("Import cancelled: nothing was saved"));
        }
        writePatient(patients[i]);
    }
    tx.commit();
    if (progress) {
        progress(patients.size(), patients.size());
    }
}

void Store::writePatient(Patient& p)
{
    if (p.localId.trimmed().isEmpty()) {
        throw StoreError(Store::tr("A patient needs a local id"));
    }
    const QString now = isoNow();
    if (!p.created.isValid()) {
        p.created = fromIso(now);
    }
    p.modified = fromIso(now);
    if (p.rowId == 0) {
        auto st = m_db.prepare(
            "INSERT INTO patients (local_id, label, sex, consent_state, consent_date, contact_name, "
            "contact_institution, contact_email, contact_href, contact_roles, age_of_onset, "
            "inheritance_mode, "
            "source, created, modified) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
        st.bind(1, p.localId);
        st.bind(2, p.label).bind(3, SexCodes::toKey(p.sex)).bind(4, Consent::toKey(p.consent.state));
        st.bind(5, p.consent.date.isValid() ? p.consent.date.toString(Qt::ISODate) : QString());
        st.bind(6, p.contact.name).bind(7, p.contact.institution).bind(8, p.contact.email);
        st.bind(9, p.contact.href).bind(10, p.contact.roles.join(QLatin1Char(',')));
        st.bind(11, p.ageOfOnsetId).bind(12, p.inheritanceModeId).bind(13, p.source);
        st.bind(14, toIso(p.created)).bind(15, toIso(p.modified));
        try {
            st.exec();
        } catch (const StoreError&) {
            if (patientByLocalId(p.localId)) {
                throw StoreError(
                    Store::tr("A patient with the local id \"%1\" already exists").arg(p.localId));
            }
            throw;
        }
        p.rowId = m_db.lastInsertRowId();
    } else {
        auto st = m_db.prepare(
            "UPDATE patients SET local_id=?1, label=?2, sex=?3, consent_state=?4, consent_date=?5, "
            "contact_name=?6, contact_institution=?7, contact_email=?8, contact_href=?9, contact_roles=?10, "
            "age_of_onset=?11, inheritance_mode=?12, source=?13, created=?14, modified=?15 WHERE id=?16");
        st.bind(1, p.localId);
        st.bind(2, p.label).bind(3, SexCodes::toKey(p.sex)).bind(4, Consent::toKey(p.consent.state));
        st.bind(5, p.consent.date.isValid() ? p.consent.date.toString(Qt::ISODate) : QString());
        st.bind(6, p.contact.name).bind(7, p.contact.institution).bind(8, p.contact.email);
        st.bind(9, p.contact.href).bind(10, p.contact.roles.join(QLatin1Char(',')));
        st.bind(11, p.ageOfOnsetId).bind(12, p.inheritanceModeId).bind(13, p.source);
        st.bind(14, toIso(p.created)).bind(15, toIso(p.modified)).bind(16, p.rowId);
        st.exec();
        if (m_db.changes() != 1) {
            throw StoreError(Store::tr("Patient %1 (row %2) no longer exists").arg(p.localId).arg(p.rowId));
        }
        for (const char* sql :
             {"DELETE FROM phenotype_features WHERE patient_id=?1",
              "DELETE FROM variants WHERE patient_id=?1", "DELETE FROM disorders WHERE patient_id=?1",
              "DELETE FROM patient_references WHERE patient_id=?1"}) {
            auto del = m_db.prepare(sql);
            del.bind(1, p.rowId).exec();
        }
    }

    auto f =
        m_db.prepare("INSERT INTO phenotype_features (patient_id, ord, term_id, label, excluded, onset_id, "
                     "onset_label) VALUES (?1,?2,?3,?4,?5,?6,?7)");
    for (int i = 0; i < p.features.size(); ++i) {
        const auto& x = p.features.at(i);
        f.bind(1, p.rowId).bind(2, i).bind(3, x.termId).bind(4, x.label).bind(5, x.excluded);
        f.bind(6, x.onsetTermId).bind(7, x.onsetLabel);
        f.exec();
        f.reset();
    }
    auto v = m_db.prepare("INSERT INTO variants (patient_id, ord, hgnc_id, symbol, ensembl_id, entrez_id, "
                          "assembly, chromosome, "
                          "position, ref, alt, zygosity, hgvs_c, hgvs_p, hgvs_g, acmg, consequence_id, "
                          "consequence_label, label) "
                          "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19)");
    for (int i = 0; i < p.variants.size(); ++i) {
        const auto& x = p.variants.at(i);
        v.bind(1, p.rowId).bind(2, i).bind(3, x.gene.hgncId).bind(4, x.gene.symbol).bind(5, x.gene.ensemblId);
        v.bind(6, x.gene.entrezId).bind(7, x.assembly).bind(8, x.chromosome).bind(9, x.position);
        v.bind(10, x.ref).bind(11, x.alt).bind(12, ZygosityCodes::toKey(x.zygosity)).bind(13, x.hgvsC);
        v.bind(14, x.hgvsP).bind(15, x.hgvsG).bind(16, AcmgCodes::toKey(x.acmgClass));
        v.bind(17, x.consequenceId).bind(18, x.consequenceLabel).bind(19, x.label);
        v.exec();
        v.reset();
    }
    auto d = m_db.prepare(
        "INSERT INTO disorders (patient_id, ord, disorder_id, label, excluded) VALUES (?1,?2,?3,?4,?5)");
    for (int i = 0; i < p.disorders.size(); ++i) {
        const auto& x = p.disorders.at(i);
        d.bind(1, p.rowId).bind(2, i).bind(3, x.id).bind(4, x.label).bind(5, x.excluded);
        d.exec();
        d.reset();
    }
    auto r = m_db.prepare("INSERT INTO patient_references (patient_id, ord, ref_id, reference, description) "
                          "VALUES (?1,?2,?3,?4,?5)");
    for (int i = 0; i < p.references.size(); ++i) {
        const auto& x = p.references.at(i);
        r.bind(1, p.rowId).bind(2, i).bind(3, x.id).bind(4, x.reference).bind(5, x.description);
        r.exec();
        r.reset();
    }
}

Patient Store::readPatient(SqliteStatement& row)
{
    Patient p;
    p.rowId = row.int64(0);
    p.localId = row.text(1);
    p.label = row.text(2);
    p.sex = SexCodes::fromKey(row.text(3));
    p.consent.state = Consent::fromKey(row.text(4));
    p.consent.date = QDate::fromString(row.text(5), Qt::ISODate);
    p.contact.name = row.text(6);
    p.contact.institution = row.text(7);
    p.contact.email = row.text(8);
    p.contact.href = row.text(9);
    const QString roles = row.text(10);
    p.contact.roles = roles.isEmpty() ? QStringList() : roles.split(QLatin1Char(','));
    p.ageOfOnsetId = row.text(11);
    p.inheritanceModeId = row.text(12);
    p.source = row.text(13);
    p.created = fromIso(row.text(14));
    p.modified = fromIso(row.text(15));
    return p;
}

void Store::loadChildren(QList<Patient>& patients, qint64 onlyRowId)
{
    // Four queries for any number of patients (not four per patient), stitched by row id.
    QHash<qint64, qsizetype> index;
    index.reserve(patients.size());
    for (qsizetype i = 0; i < patients.size(); ++i) {
        index.insert(patients.at(i).rowId, i);
    }
    const QByteArray where = onlyRowId ? QByteArray(" WHERE patient_id=?1") : QByteArray();
    auto query = [&](const char* columnsAndTable) {
        auto st = m_db.prepare(QByteArray(QByteArray("SELECT patient_id, ") + columnsAndTable + where +
                                          " ORDER BY patient_id, ord")
                                   .constData());
        if (onlyRowId) {
            st.bind(1, onlyRowId);
        }
        return st;
    };
    auto target = [&](qint64 rowId) -> Patient* {
        const auto it = index.constFind(rowId);
        return it == index.constEnd() ? nullptr : &patients[*it];
    };
    auto f = query("term_id, label, excluded, onset_id, onset_label FROM phenotype_features");
    while (f.step()) {
        if (Patient* p = target(f.int64(0))) {
            p->features.append({f.text(1), f.text(2), f.int64(3) != 0, f.text(4), f.text(5)});
        }
    }
    auto v =
        query("hgnc_id, symbol, ensembl_id, entrez_id, assembly, chromosome, position, ref, alt, zygosity, "
              "hgvs_c, hgvs_p, hgvs_g, acmg, consequence_id, consequence_label, label FROM variants");
    while (v.step()) {
        Patient* p = target(v.int64(0));
        if (!p) {
            continue;
        }
        Variant x;
        x.gene = {v.text(1), v.text(2), v.text(3), v.text(4)};
        x.assembly = v.text(5);
        x.chromosome = v.text(6);
        x.position = v.int64(7);
        x.ref = v.text(8);
        x.alt = v.text(9);
        x.zygosity = ZygosityCodes::fromKey(v.text(10));
        x.hgvsC = v.text(11);
        x.hgvsP = v.text(12);
        x.hgvsG = v.text(13);
        x.acmgClass = AcmgCodes::fromKey(v.text(14));
        x.consequenceId = v.text(15);
        x.consequenceLabel = v.text(16);
        x.label = v.text(17);
        p->variants.append(x);
    }
    auto d = query("disorder_id, label, excluded FROM disorders");
    while (d.step()) {
        if (Patient* p = target(d.int64(0))) {
            p->disorders.append({d.text(1), d.text(2), d.int64(3) != 0});
        }
    }
    auto r = query("ref_id, reference, description FROM patient_references");
    while (r.step()) {
        if (Patient* p = target(r.int64(0))) {
            p->references.append({r.text(1), r.text(2), r.text(3)});
        }
    }
}

std::optional<Patient> Store::patient(qint64 rowId)
{
    auto st = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kPatientColumns + " FROM patients WHERE id=?1").constData());
    st.bind(1, rowId);
    if (!st.step()) {
        return std::nullopt;
    }
    QList<Patient> one{readPatient(st)};
    loadChildren(one, one.first().rowId);
    return one.takeFirst();
}

std::optional<Patient> Store::patientByLocalId(const QString& localId)
{
    auto st = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kPatientColumns + " FROM patients WHERE local_id=?1").constData());
    st.bind(1, localId);
    if (!st.step()) {
        return std::nullopt;
    }
    QList<Patient> one{readPatient(st)};
    loadChildren(one, one.first().rowId);
    return one.takeFirst();
}

QList<Patient> Store::patients()
{
    // One read transaction for a consistent snapshot while other processes write.
    const bool own = !m_db.inTransaction();
    if (own) {
        m_db.exec("BEGIN");
    }
    QList<Patient> result;
    try {
        auto st = m_db.prepare(
            QByteArray(QByteArray("SELECT ") + kPatientColumns + " FROM patients ORDER BY id").constData());
        while (st.step()) {
            result.append(readPatient(st));
        }
        loadChildren(result, 0);
    } catch (...) {
        if (own) {
            m_db.exec("ROLLBACK");
        }
        throw;
    }
    if (own) {
        m_db.exec("COMMIT");
    }
    return result;
}

QList<qint64> Store::patientRowIds()
{
    QList<qint64> ids;
    auto st = m_db.prepare("SELECT id FROM patients ORDER BY id");
    while (st.step()) {
        ids.append(st.int64(0));
    }
    return ids;
}

qsizetype Store::patientCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM patients");
    st.step();
    return st.int64(0);
}

void Store::deletePatient(qint64 rowId)
{
    SqliteDatabase::Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM patients WHERE id=?1");
    st.bind(1, rowId).exec();
    tx.commit();
}

void Store::saveNode(Node& n)
{
    if (n.name.trimmed().isEmpty() || !n.baseUrl.isValid()) {
        throw StoreError(Store::tr("A node needs a name and a valid base URL"));
    }
    SqliteDatabase::Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO nodes (name, base_url, media_version, connect_timeout_ms, total_timeout_ms, ca_bundle, "
        "pinned_key, client_cert, client_key, enabled) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10) "
        "ON CONFLICT(name) DO UPDATE SET base_url=excluded.base_url, media_version=excluded.media_version, "
        "connect_timeout_ms=excluded.connect_timeout_ms, total_timeout_ms=excluded.total_timeout_ms, "
        "ca_bundle=excluded.ca_bundle, pinned_key=excluded.pinned_key, client_cert=excluded.client_cert, "
        "client_key=excluded.client_key, enabled=excluded.enabled");
    st.bind(1, n.name).bind(2, n.baseUrl.toString()).bind(3, n.mediaTypeVersion).bind(4, n.connectTimeoutMs);
    st.bind(5, n.totalTimeoutMs).bind(6, n.caBundlePath).bind(7, n.pinnedPublicKey).bind(8, n.clientCertPath);
    st.bind(9, n.clientKeyPath).bind(10, n.enabled);
    st.exec();
    auto id = m_db.prepare("SELECT id FROM nodes WHERE name=?1");
    id.bind(1, n.name);
    id.step();
    n.rowId = id.int64(0);
    tx.commit();
}

QList<Node> Store::nodes()
{
    QList<Node> result;
    auto st = m_db.prepare(
        "SELECT id, name, base_url, media_version, connect_timeout_ms, total_timeout_ms, ca_bundle, "
        "pinned_key, client_cert, client_key, enabled FROM nodes ORDER BY name");
    while (st.step()) {
        Node n;
        n.rowId = st.int64(0);
        n.name = st.text(1);
        n.baseUrl = QUrl(st.text(2));
        n.mediaTypeVersion = st.text(3);
        n.connectTimeoutMs = int(st.int64(4));
        n.totalTimeoutMs = int(st.int64(5));
        n.caBundlePath = st.text(6);
        n.pinnedPublicKey = st.text(7);
        n.clientCertPath = st.text(8);
        n.clientKeyPath = st.text(9);
        n.enabled = st.int64(10) != 0;
        result.append(n);
    }
    return result;
}

std::optional<Node> Store::node(const QString& name)
{
    for (const Node& n : nodes()) {
        if (n.name == name) {
            return n;
        }
    }
    return std::nullopt;
}

void Store::removeNode(const QString& name)
{
    SqliteDatabase::Transaction tx(m_db);
    auto st = m_db.prepare("DELETE FROM nodes WHERE name=?1");
    st.bind(1, name).exec();
    tx.commit();
}

Match Store::readMatch(SqliteStatement& st)
{
    Match m;
    m.rowId = st.int64(0);
    m.patientRowId = st.int64(1);
    m.nodeName = st.text(2);
    m.remotePatientId = st.text(3);
    m.nodeScore = st.real(4);
    m.localScore = st.real(5);
    m.phenotypeScore = st.real(6);
    m.genotypeScore = st.real(7);
    m.remoteRecord = st.blob(8);
    m.explanation = st.blob(9);
    m.disclaimer = st.text(10);
    m.firstSeen = fromIso(st.text(11));
    m.lastSeen = fromIso(st.text(12));
    m.status = TriageCodes::fromKey(st.text(13));
    m.notes = st.text(14);
    m.withdrawn = st.int64(15) != 0;
    return m;
}

void Store::upsertMatch(Match& m)
{
    SqliteDatabase::Transaction tx(m_db);
    const QString now = isoNow();
    auto st = m_db.prepare(
        "INSERT INTO matches (patient_id, node_name, remote_id, node_score, local_score, phenotype_score, "
        "genotype_score, remote_record, explanation, disclaimer, first_seen, last_seen, status, notes, "
        "withdrawn) "
        "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?11,'new','',?12) "
        "ON CONFLICT(patient_id, node_name, remote_id) DO UPDATE SET node_score=excluded.node_score, "
        "local_score=excluded.local_score, phenotype_score=excluded.phenotype_score, "
        "genotype_score=excluded.genotype_score, remote_record=excluded.remote_record, "
        "explanation=excluded.explanation, disclaimer=excluded.disclaimer, last_seen=excluded.last_seen, "
        "withdrawn=excluded.withdrawn");
    st.bind(1, m.patientRowId).bind(2, m.nodeName).bind(3, m.remotePatientId).bind(4, m.nodeScore);
    st.bind(5, m.localScore).bind(6, m.phenotypeScore).bind(7, m.genotypeScore).bind(8, m.remoteRecord);
    st.bind(9, m.explanation).bind(10, m.disclaimer).bind(11, m.lastSeen.isValid() ? toIso(m.lastSeen) : now);
    st.bind(12, m.withdrawn);
    st.exec();
    auto get = m_db.prepare(QByteArray(QByteArray("SELECT ") + kMatchColumns +
                                       " FROM matches WHERE patient_id=?1 AND node_name=?2 AND remote_id=?3")
                                .constData());
    get.bind(1, m.patientRowId).bind(2, m.nodeName).bind(3, m.remotePatientId);
    get.step();
    m = readMatch(get);
    tx.commit();
}

QList<Match> Store::matches(qint64 patientRowId)
{
    QList<Match> result;
    auto st = m_db.prepare(QByteArray(QByteArray("SELECT ") + kMatchColumns +
                                      " FROM matches WHERE patient_id=?1 ORDER BY local_score DESC, id")
                               .constData());
    st.bind(1, patientRowId);
    while (st.step()) {
        result.append(readMatch(st));
    }
    return result;
}

std::optional<Match> Store::match(qint64 rowId)
{
    auto st = m_db.prepare(
        QByteArray(QByteArray("SELECT ") + kMatchColumns + " FROM matches WHERE id=?1").constData());
    st.bind(1, rowId);
    if (!st.step()) {
        return std::nullopt;
    }
    return readMatch(st);
}

void Store::setTriage(qint64 matchRowId, TriageStatus status, const QString& notes)
{
    SqliteDatabase::Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE matches SET status=?1, notes=?2 WHERE id=?3");
    st.bind(1, TriageCodes::toKey(status)).bind(2, notes).bind(3, matchRowId).exec();
    if (m_db.changes() != 1) {
        throw StoreError(Store::tr("Match %1 does not exist").arg(matchRowId));
    }
    if (status != TriageStatus::New) {
        markAlertsRead(matchRowId); // reviewing a match clears its alerts, atomically with the status
    }
    tx.commit();
}

void Store::addAlert(Alert& a)
{
    SqliteDatabase::Transaction tx(m_db);
    if (!a.created.isValid()) {
        a.created = QDateTime::currentDateTimeUtc();
    }
    auto st = m_db.prepare("INSERT INTO alerts (match_id, patient_id, run_id, kind, reason, created, read) "
                           "VALUES (?1,?2,?3,?4,?5,?6,?7)");
    st.bind(1, a.matchRowId).bind(2, a.patientRowId).bind(3, a.runId).bind(4, Alert::kindKey(a.kind));
    st.bind(5, a.reason).bind(6, toIso(a.created)).bind(7, a.read);
    st.exec();
    a.rowId = m_db.lastInsertRowId();
    tx.commit();
}

QList<Alert> Store::alerts(bool unreadOnly)
{
    QList<Alert> result;
    auto st = m_db.prepare(
        unreadOnly ? "SELECT id, match_id, patient_id, run_id, kind, reason, created, read FROM alerts "
                     "WHERE read=0 ORDER BY id"
                   : "SELECT id, match_id, patient_id, run_id, kind, reason, created, read FROM alerts "
                     "ORDER BY id");
    while (st.step()) {
        Alert a;
        a.rowId = st.int64(0);
        a.matchRowId = st.int64(1);
        a.patientRowId = st.int64(2);
        a.runId = st.int64(3);
        a.kind = Alert::kindFromKey(st.text(4));
        a.reason = st.text(5);
        a.created = fromIso(st.text(6));
        a.read = st.int64(7) != 0;
        result.append(a);
    }
    return result;
}

void Store::markAlertsRead(qint64 matchRowId)
{
    SqliteDatabase::Transaction tx(m_db);
    auto st = m_db.prepare("UPDATE alerts SET read=1 WHERE match_id=?1");
    st.bind(1, matchRowId).exec();
    tx.commit();
}

void Store::appendAudit(AuditEntry& e)
{
    SqliteDatabase::Transaction tx(m_db);
    if (!e.time.isValid()) {
        e.time = QDateTime::currentDateTimeUtc();
    }
    auto st =
        m_db.prepare("INSERT INTO audit (time, action, patient_id, pseudonym, destination, payload_sha256, "
                     "fields_sent, outcome) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)");
    st.bind(1, toIso(e.time)).bind(2, e.action).bind(3, e.patientRowId).bind(4, e.pseudonym);
    st.bind(5, e.destination).bind(6, QString::fromLatin1(e.payloadSha256));
    st.bind(7, e.fieldsSent.join(QLatin1Char('\n'))).bind(8, e.outcome);
    st.exec();
    e.rowId = m_db.lastInsertRowId();
    tx.commit();
}

QList<AuditEntry> Store::auditEntries(qint64 patientRowId, const QString& destination)
{
    QList<AuditEntry> result;
    auto st = m_db.prepare(
        "SELECT id, time, action, patient_id, pseudonym, destination, payload_sha256, fields_sent, "
        "outcome FROM audit WHERE (?1 = 0 OR patient_id = ?1) AND (?2 IS NULL OR destination = ?2) "
        "ORDER BY id");
    st.bind(1, patientRowId).bind(2, destination);
    while (st.step()) {
        AuditEntry e;
        e.rowId = st.int64(0);
        e.time = fromIso(st.text(1));
        e.action = st.text(2);
        e.patientRowId = st.int64(3);
        e.pseudonym = st.text(4);
        e.destination = st.text(5);
        e.payloadSha256 = st.text(6).toLatin1();
        const QString fields = st.text(7);
        e.fieldsSent = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char('\n'));
        e.outcome = st.text(8);
        result.append(e);
    }
    return result;
}

QString Store::meta(const QString& key)
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key=?1");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void Store::setMeta(const QString& key, const QString& value)
{
    auto st = m_db.prepare(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    st.bind(1, key).bind(2, value).exec();
}
