#include "PatientsCommand.h"

#include "core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int PatientsCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("patients list [--json | --ids]\n"
                       "patients consent (--patient ID... | --all) --state granted|refused|withdrawn|not_recorded "
                       "[--date YYYY-MM-DD]\n"
                       "patients contact (--patient ID... | --all) --name NAME [--institution I] [--email E] "
                       "[--href URL] [--role clinician|researcher]"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, consent or contact"));
    parser.addOption(databaseOption());
    const QCommandLineOption patientOpt(QStringLiteral("patient"), QStringLiteral("Local patient id (repeatable)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption allOpt(QStringLiteral("all"), QStringLiteral("Every local patient."));
    const QCommandLineOption stateOpt(QStringLiteral("state"), QStringLiteral("Consent state."), QStringLiteral("STATE"));
    const QCommandLineOption dateOpt(QStringLiteral("date"), QStringLiteral("Date consent was given (default today)."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QStringLiteral("Clinician's name."), QStringLiteral("NAME"));
    const QCommandLineOption instOpt(QStringLiteral("institution"), QStringLiteral("Institution."), QStringLiteral("I"));
    const QCommandLineOption emailOpt(QStringLiteral("email"), QStringLiteral("E-mail address."), QStringLiteral("E"));
    const QCommandLineOption hrefOpt(QStringLiteral("href"), QStringLiteral("Contact URL (default mailto:EMAIL)."),
                                     QStringLiteral("URL"));
    const QCommandLineOption roleOpt(QStringLiteral("role"), QStringLiteral("Contact role (repeatable)."),
                                     QStringLiteral("ROLE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption idsOpt(QStringLiteral("ids"), QStringLiteral("Only the local ids, one per line."));
    parser.addOptions(
        {patientOpt, allOpt, stateOpt, dateOpt, nameOpt, instOpt, emailOpt, hrefOpt, roleOpt, jsonOpt, idsOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QString action = parser.positionalArguments().value(0);
    if (action != QLatin1String("list") && action != QLatin1String("consent") && action != QLatin1String("contact")) {
        err() << "patients: expected list, consent or contact\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    try {
        if (action == QLatin1String("list")) {
            const QList<Patient> patients = store->patients();
            if (parser.isSet(idsOpt)) {
                for (const Patient& p : patients) {
                    out() << p.localId << "\n";
                }
                out() << Qt::flush;
                return 0;
            }
            if (parser.isSet(jsonOpt)) {
                QJsonArray array;
                for (const Patient& p : patients) {
                    QStringList genes;
                    for (const Variant& v : p.variants) {
                        genes << v.gene.symbol;
                    }
                    array.append(QJsonObject{{QStringLiteral("id"), p.localId},
                                             {QStringLiteral("observed"), p.observedCount()},
                                             {QStringLiteral("excluded"), p.excludedCount()},
                                             {QStringLiteral("genes"), QJsonArray::fromStringList(genes)},
                                             {QStringLiteral("consent"), Consent::toKey(p.consent.state)},
                                             {QStringLiteral("clinician"), p.contact.name}});
                }
                out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
                return 0;
            }
            out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(QStringLiteral("id").leftJustified(32), QStringLiteral("terms").rightJustified(5),
                              QStringLiteral("genes").leftJustified(20), QStringLiteral("consent").leftJustified(12),
                              QStringLiteral("clinician"));
            for (const Patient& p : patients) {
                QStringList genes;
                for (const Variant& v : p.variants) {
                    if (!genes.contains(v.gene.symbol)) {
                        genes << v.gene.symbol;
                    }
                }
                out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(p.localId.leftJustified(32), QString::number(p.observedCount()).rightJustified(5),
                                  genes.join(QLatin1Char(',')).leftJustified(20),
                                  Consent::toKey(p.consent.state).leftJustified(12), p.contact.name);
            }
            out() << patients.size() << " patient(s)\n" << Qt::flush;
            return 0;
        }

        QList<Patient> targets;
        if (parser.isSet(allOpt)) {
            targets = store->patients();
        } else {
            for (const QString& id : parser.values(patientOpt)) {
                const auto p = store->patientByLocalId(id);
                if (!p) {
                    err() << "patients: no local patient with id " << id << "\n" << Qt::flush;
                    return 1;
                }
                targets.append(*p);
            }
        }
        if (targets.isEmpty()) {
            err() << "patients: name patients with --patient ID or --all\n" << Qt::flush;
            return 2;
        }
        for (Patient& p : targets) {
            if (action == QLatin1String("consent")) {
                const QString state = parser.value(stateOpt);
                const QStringList valid{QStringLiteral("granted"), QStringLiteral("refused"),
                                        QStringLiteral("withdrawn"), QStringLiteral("not_recorded")};
                if (!valid.contains(state)) {
                    err() << "patients consent: --state must be one of " << valid.join(QStringLiteral(", "))
                          << "\n" << Qt::flush;
                    return 2;
                }
                const QDate date = parser.isSet(dateOpt) ? QDate::fromString(parser.value(dateOpt), Qt::ISODate)
                                                         : QDate::currentDate();
                if (!date.isValid()) {
                    err() << "patients consent: --date must be YYYY-MM-DD\n" << Qt::flush;
                    return 2;
                }
                p.consent.state = Consent::fromKey(state);
                p.consent.date = p.consent.state == Consent::State::NotRecorded ? QDate() : date;
            } else {
                if (parser.value(nameOpt).trimmed().isEmpty()) {
                    err() << "patients contact: --name is required\n" << Qt::flush;
                    return 2;
                }
                p.contact.name = parser.value(nameOpt);
                p.contact.institution = parser.value(instOpt);
                p.contact.email = parser.value(emailOpt);
                p.contact.href = parser.isSet(hrefOpt) ? parser.value(hrefOpt)
                                 : p.contact.email.isEmpty() ? QString()
                                                             : QStringLiteral("mailto:") + p.contact.email;
                p.contact.roles = parser.isSet(roleOpt) ? parser.values(roleOpt) : QStringList{QStringLiteral("clinician")};
            }
        }
        store->savePatients(targets);
        out() << "updated " << targets.size() << " patient(s)\n" << Qt::flush;
    } catch (const MatchDeskError& e) {
        err() << e.message() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
