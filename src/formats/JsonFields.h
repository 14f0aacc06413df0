#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Typed access to JSON fields that throws FormatError naming the JSON path of the field.
// Keys are lowerCamelCase; the protobuf snake_case spelling is accepted as well.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    static QString child(const QString& path, const char* key);
    static QString item(const QString& path, qsizetype index);

    static QJsonValue value(const QJsonObject& o, const char* key);
    static bool has(const QJsonObject& o, const char* key) { return !value(o, key).isUndefined(); }
    static QString string(const QJsonObject& o, const char* key, const QString& path, bool required = false);
    static bool boolean(const QJsonObject& o, const char* key, const QString& path,
                        bool defaultValue = false);
    static QJsonObject object(const QJsonObject& o, const char* key, const QString& path,
                              bool required = false);
    static QJsonArray array(const QJsonObject& o, const char* key, const QString& path);
    static QJsonObject objectItem(const QJsonValue& v, const QString& path);
    // An integer written as a JSON number or a decimal string (protobuf uint64 style).
    static qint64 integer(const QJsonObject& o, const char* key, const QString& path, bool required,
                          qint64 defaultValue = 0, bool allowString = true);

    [[noreturn]] static void fail(const QString& path, const QString& reason);
    static QString typeName(const QJsonValue& v);
};
