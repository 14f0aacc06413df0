#pragma once

#include "SqliteStatement.h"

#include <QString>

struct sqlite3;

// A sqlite3 connection (RAII) with the settings MatchDesk relies on: WAL, foreign keys,
// busy timeout (the GUI, the CLI and scheduled alert runs share one file).
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    void open(const QString& path, int busyTimeoutMs = 15000);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    void exec(const char* sql);
    SqliteStatement prepare(const char* sql) { return SqliteStatement(m_db, sql); }
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    int userVersion();
    // Online copy of the whole database into a new file (sqlite3 backup API; WAL-safe).
    void backupTo(const QString& targetPath);

    // RAII write transaction (BEGIN IMMEDIATE so concurrent writers wait on busy_timeout instead
    // of failing on lock upgrade); nested inside another one it is a savepoint. Rolls back unless
    // commit() was called.
    class Transaction
    {
    public:
        explicit Transaction(SqliteDatabase& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        void commit();

    private:
        SqliteDatabase& m_db;
        bool m_nested = false;
        bool m_done = false;
    };

    // Error message naming the database file.
    QString errorText(const QString& what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};
