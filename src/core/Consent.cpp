#include "Consent.h"

QString Consent::toKey(State state)
{
    switch (state) {
    case State::Granted: return QStringLiteral("granted");
    case State::Refused: return QStringLiteral("refused");
    case State::Withdrawn: return QStringLiteral("withdrawn");
    case State::NotRecorded: break;
    }
    return QStringLiteral("not_recorded");
}

Consent::State Consent::fromKey(const QString& key)
{
    if (key == QLatin1String("granted")) {
        return State::Granted;
    }
    if (key == QLatin1String("refused")) {
        return State::Refused;
    }
    if (key == QLatin1String("withdrawn")) {
        return State::Withdrawn;
    }
    return State::NotRecorded;
}
