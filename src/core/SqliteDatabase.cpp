#include "SqliteDatabase.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

SqliteDatabase::~SqliteDatabase()
{
    close();
}

QString SqliteDatabase::errorText(const QString& what) const
{
    return QCoreApplication::translate("Store", "Database %1: %2: %3")
        .arg(m_path, what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
}

void SqliteDatabase::open(const QString& path, int busyTimeoutMs)
{
    close();
    m_path = path;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = errorText(QCoreApplication::translate("Store", "cannot open"));
        close();
        throw StoreError(msg);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        throw StoreError(QCoreApplication::translate("Store", "Database %1: %2").arg(m_path, detail));
    }
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

int SqliteDatabase::userVersion()
{
    auto st = prepare("PRAGMA user_version");
    st.step();
    return int(st.int64(0));
}

void SqliteDatabase::backupTo(const QString& targetPath)
{
    sqlite3* target = nullptr;
    const QByteArray file = QFile::encodeName(targetPath);
    if (sqlite3_open(file.constData(), &target) != SQLITE_OK) {
        sqlite3_close(target);
        throw StoreError(QCoreApplication::translate("Store", "Cannot create backup %1").arg(targetPath));
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", m_db, "main");
    int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        QFile::remove(targetPath);
        throw StoreError(QCoreApplication::translate("Store", "Backup of %1 to %2 failed: %3")
                             .arg(m_path, targetPath, detail));
    }
    sqlite3_close(target);
}

SqliteDatabase::Transaction::Transaction(SqliteDatabase& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Outermost: BEGIN IMMEDIATE; inside another transaction: a savepoint, so store operations
    // compose into one atomic unit.
    m_db.exec(m_nested ? "SAVEPOINT md_nested" : "BEGIN IMMEDIATE");
}

SqliteDatabase::Transaction::~Transaction()
{
    if (!m_done) {
        if (m_nested) {
            sqlite3_exec(m_db.handle(), "ROLLBACK TO md_nested; RELEASE md_nested", nullptr, nullptr, nullptr);
        } else {
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
}

void SqliteDatabase::Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE md_nested" : "COMMIT");
    m_done = true;
}
