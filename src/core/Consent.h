#pragma once

#include <QDate>
#include <QString>

// Consent to share the case for matchmaking. Only Granted allows a federated query.
struct Consent
{
    enum class State
    {
        NotRecorded,
        Granted,
        Refused,
        Withdrawn,
    };

    State state = State::NotRecorded;
    QDate date;

    bool allowsMatching() const { return state == State::Granted && date.isValid(); }
    static QString toKey(State state);
    static State fromKey(const QString& key);
    bool operator==(const Consent&) const = default;
};
