#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement (RAII). Binding is by 1-based index; step() returns true while rows come.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept
        : m_db(other.m_db)
        , m_stmt(std::exchange(other.m_stmt, nullptr))
    {
    }
    SqliteStatement& operator=(SqliteStatement&&) = delete;

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const QByteArray& value); // as BLOB
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement& bindNull(int index);

    bool step();   // true: a row is available; false: done. Throws StoreError.
    void exec();   // step until done
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};
