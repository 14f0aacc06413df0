#include "SqliteStatement.h"

#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {
[[noreturn]] void fail(sqlite3* db, const char* what)
{
    const QString file = QString::fromUtf8(sqlite3_db_filename(db, "main"));
    throw StoreError(QCoreApplication::translate("Store", "Database %1: %2 failed: %3 (%4)")
                         .arg(file, QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db)))
                         .arg(sqlite3_extended_errcode(db)));
}
} // namespace

SqliteStatement::SqliteStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        fail(db, "prepare");
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    if (sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(m_db, "step");
}

void SqliteStatement::exec()
{
    while (step()) {
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p) {
        return {};
    }
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    if (!p) {
        return {};
    }
    return QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
