#include "JsonFields.h"

#include "FormatError.h"

#include <QCoreApplication>
#include <cmath>

namespace {
QByteArray snakeCase(const char* key)
{
    QByteArray out;
    for (const char* p = key; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z') {
            out += '_';
            out += char(*p - 'A' + 'a');
        } else {
            out += *p;
        }
    }
    return out;
}
} // namespace

QString JsonFields::child(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1String(key);
}

QString JsonFields::item(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QJsonValue JsonFields::value(const QJsonObject& o, const char* key)
{
    const auto it = o.constFind(QLatin1String(key));
    if (it != o.constEnd()) {
        return it.value();
    }
    for (const char* p = key; *p; ++p) {
        if (*p >= 'A' && *p <= 'Z') {
            const QByteArray snake = snakeCase(key);
            const auto s = o.constFind(QLatin1String(snake));
            return s != o.constEnd() ? s.value() : QJsonValue(QJsonValue::Undefined);
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString JsonFields::typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

void JsonFields::fail(const QString& path, const QString& reason)
{
    throw FormatError(path, reason);
}

QString JsonFields::string(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = value(o, key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), JsonFields::tr("required field missing"));
        }
        return {};
    }
    if (!v.isString()) {
        fail(child(path, key), JsonFields::tr("must be a string, not %1").arg(typeName(v)));
    }
    const QString s = v.toString();
    if (required && s.isEmpty()) {
        fail(child(path, key), JsonFields::tr("must not be empty"));
    }
    return s;
}

bool JsonFields::boolean(const QJsonObject& o, const char* key, const QString& path, bool defaultValue)
{
    const QJsonValue v = value(o, key);
    if (v.isUndefined() || v.isNull()) {
        return defaultValue;
    }
    if (!v.isBool()) {
        fail(child(path, key), JsonFields::tr("must be true or false, not %1").arg(typeName(v)));
    }
    return v.toBool();
}

QJsonObject JsonFields::object(const QJsonObject& o, const char* key, const QString& path, bool required)
{
    const QJsonValue v = value(o, key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), JsonFields::tr("required field missing"));
        }
        return {};
    }
    if (!v.isObject()) {
        fail(child(path, key), JsonFields::tr("must be an object, not %1").arg(typeName(v)));
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QJsonObject& o, const char* key, const QString& path)
{
    const QJsonValue v = value(o, key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isArray()) {
        fail(child(path, key), JsonFields::tr("must be an array, not %1").arg(typeName(v)));
    }
    return v.toArray();
}

QJsonObject JsonFields::objectItem(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        fail(path, JsonFields::tr("must be an object, not %1").arg(typeName(v)));
    }
    return v.toObject();
}

qint64 JsonFields::integer(const QJsonObject& o, const char* key, const QString& path, bool required,
                           qint64 defaultValue, bool allowString)
{
    const QJsonValue v = value(o, key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(child(path, key), JsonFields::tr("required field missing"));
        }
        return defaultValue;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            return qint64(d);
        }
        fail(child(path, key), JsonFields::tr("must be an integer, not %1").arg(d));
    }
    if (v.isString() && allowString) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return n;
        }
        fail(child(path, key), JsonFields::tr("'%1' is not an integer").arg(v.toString()));
    }
    fail(child(path, key), JsonFields::tr("must be an integer, not %1").arg(typeName(v)));
}
