#include "AlertReason.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {
struct Key
{
    AlertReason::Change change;
    QLatin1String key;
};
constexpr Key kKeys[] = {
    {AlertReason::Change::NewMatch, QLatin1String("new")},
    {AlertReason::Change::NewSharedGene, QLatin1String("gene")},
    {AlertReason::Change::NewVariant, QLatin1String("variant")},
    {AlertReason::Change::ScoreRose, QLatin1String("score")},
    {AlertReason::Change::Returned, QLatin1String("returned")},
    {AlertReason::Change::Withdrawn, QLatin1String("withdrawn")},
};
} // namespace

QString AlertReason::encode(const QList<Item>& items)
{
    QJsonArray array;
    for (const Item& item : items) {
        for (const Key& k : kKeys) {
            if (k.change == item.change) {
                array.append(QJsonArray{QString(k.key), item.value});
            }
        }
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool AlertReason::decode(const QString& stored, QList<Item>* items)
{
    if (!stored.startsWith(QLatin1String("[["))) {
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return false;
    }
    QList<Item> result;
    for (const QJsonValue& v : doc.array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
            return false;
        }
        bool known = false;
        for (const Key& k : kKeys) {
            if (pair.at(0).toString() == k.key) {
                result.append({k.change, pair.at(1).toString()});
                known = true;
            }
        }
        if (!known) {
            return false;
        }
    }
    *items = result;
    return true;
}

QString AlertReason::describe(const Item& item)
{
    switch (item.change) {
    case Change::NewMatch:
        return tr("new match on %1").arg(item.value);
    case Change::NewSharedGene:
        return tr("new shared gene %1").arg(item.value);
    case Change::NewVariant:
        return tr("new variant %1").arg(item.value);
    case Change::ScoreRose: {
        bool ok = false;
        const double score = item.value.toDouble(&ok);
        return tr("score rose to %1").arg(ok ? QLocale().toString(score, 'f', 2) : item.value);
    }
    case Change::Returned:
        return tr("returned again by its node");
    case Change::Withdrawn:
        return tr("no longer returned by %1").arg(item.value);
    }
    return item.value;
}

QString AlertReason::describe(const QString& stored)
{
    QList<Item> items;
    if (!decode(stored, &items)) {
        return stored;
    }
    QStringList parts;
    for (const Item& item : std::as_const(items)) {
        parts << describe(item);
    }
    //: Separates the reasons of one alert, e.g. "new shared gene ASPM; score rose to 0.40".
    return parts.join(tr("; "));
}
