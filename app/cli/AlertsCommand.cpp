#include "AlertsCommand.h"

#include "alerts/AlertReason.h"
#include "alerts/AlertRunner.h"
#include "alerts/FederatedMatchSource.h"
#include "alerts/WatchStore.h"
#include "core/Settings.h"
#include "core/Store.h"
#include "core/Translator.h"
#include "net/LocalRanker.h"
#include "net/SecretStoreFactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int AlertsCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("alerts run [--json] [--verbose]     re-query every watched patient that is due (and "
                       "retry failed nodes);\n"
                       "                                    --verbose prints \"checked N of M\" after each "
                       "patient is committed\n"
                       "alerts list [--unread] [--json]     alerts raised so far\n"
                       "alerts watch --patient ID [--schedule daily|weekly|manual] [--min-score X] [--now]\n"
                       "alerts unwatch --patient ID\n"
                       "alerts watches                      watched patients and when they are due"));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("run, list, watch, unwatch or watches"));
    parser.addOption(databaseOption());
    const QCommandLineOption patientOpt(QStringLiteral("patient"), QStringLiteral("Local patient id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption scheduleOpt(QStringLiteral("schedule"),
                                         QStringLiteral("daily, weekly or manual."), QStringLiteral("S"));
    const QCommandLineOption minOpt(QStringLiteral("min-score"),
                                    QStringLiteral("Minimum local score for an alert."), QStringLiteral("X"));
    const QCommandLineOption nowOpt(QStringLiteral("now"),
                                    QStringLiteral("Due at once rather than after one period."));
    const QCommandLineOption unreadOpt(QStringLiteral("unread"),
                                       QStringLiteral("Only alerts not yet reviewed."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Machine-readable output."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("run: print a progress line after each patient."));
    parser.addOptions({patientOpt, scheduleOpt, minOpt, nowOpt, unreadOpt, jsonOpt, verboseOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    const QString action = parser.positionalArguments().value(0);
    const QStringList actions{QStringLiteral("run"), QStringLiteral("list"), QStringLiteral("watch"),
                              QStringLiteral("unwatch"), QStringLiteral("watches")};
    if (!actions.contains(action)) {
        err() << "alerts: expected one of " << actions.join(QStringLiteral(", ")) << "\n" << Qt::flush;
        return 2;
    }
    auto store = openStore(parser);
    if (!store) {
        return 1;
    }
    WatchStore watches(*store);
    try {
        if (action == QLatin1String("watch") || action == QLatin1String("unwatch")) {
            const auto patient = store->patientByLocalId(parser.value(patientOpt));
            if (!patient) {
                err() << "alerts: no local patient with id '" << parser.value(patientOpt) << "'\n"
                      << Qt::flush;
                return 1;
            }
            if (action == QLatin1String("unwatch")) {
                watches.removeWatch(patient->rowId);
                out() << "no longer watching " << patient->localId << "\n" << Qt::flush;
                return 0;
            }
            Settings* settings = Settings::instance();
            const QString scheduleKey = parser.isSet(scheduleOpt)
                                            ? parser.value(scheduleOpt)
                                            : settings->value(Settings::AlertSchedule).toString();
            if (scheduleKey != QLatin1String("daily") && scheduleKey != QLatin1String("weekly") &&
                scheduleKey != QLatin1String("manual")) {
                err() << "alerts watch: --schedule must be daily, weekly or manual\n" << Qt::flush;
                return 2;
            }
            bool ok = true;
            const double minScore = parser.isSet(minOpt)
                                        ? parser.value(minOpt).toDouble(&ok)
                                        : settings->value(Settings::AlertMinimumScore).toDouble();
            if (!ok || minScore < 0.0 || minScore > 1.0) {
                err() << "alerts watch: --min-score must be a number from 0 to 1\n" << Qt::flush;
                return 2;
            }
            const auto schedule = Watch::scheduleFromKey(scheduleKey);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            watches.setWatch(patient->rowId, schedule, minScore,
                             parser.isSet(nowOpt) ? now : Watch::nextAfter(schedule, now));
            out() << "watching " << patient->localId << " (" << scheduleKey << ", minimum score " << minScore
                  << ")\n"
                  << Qt::flush;
            return 0;
        }
        if (action == QLatin1String("watches")) {
            for (const Watch& w : watches.watches()) {
                const auto p = store->patient(w.patientRowId);
                out() << (p ? p->localId : QString::number(w.patientRowId)).leftJustified(32) << "  "
                      << Watch::scheduleKey(w.schedule).leftJustified(7) << "  next "
                      << (w.nextDue == Watch::never() ? QStringLiteral("on request")
                                                      : w.nextDue.toString(Qt::ISODate))
                      << "  last "
                      << (w.lastRun.isValid() ? w.lastRun.toString(Qt::ISODate) : QStringLiteral("never"))
                      << "\n";
                for (const auto& [node, reason] : watches.retries(w.patientRowId)) {
                    out() << "    retry " << node << ": " << reason << "\n";
                }
            }
            out() << Qt::flush;
            return 0;
        }
        if (action == QLatin1String("list")) {
            const auto alerts = store->alerts(parser.isSet(unreadOpt));
            QJsonArray array;
            for (const Alert& a : alerts) {
                const auto m = store->match(a.matchRowId);
                const auto p = store->patient(a.patientRowId);
                const QString patientId = p ? p->localId : QString();
                if (parser.isSet(jsonOpt)) {
                    array.append(
                        QJsonObject{{QStringLiteral("patient"), patientId},
                                    {QStringLiteral("node"), m ? m->nodeName : QString()},
                                    {QStringLiteral("remoteId"), m ? m->remotePatientId : QString()},
                                    {QStringLiteral("kind"), Alert::kindKey(a.kind)},
                                    {QStringLiteral("reason"), AlertReason::describe(a.reason)},
                                    {QStringLiteral("created"), a.created.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("read"), a.read}});
                } else {
                    out() << a.created.toString(Qt::ISODate) << "  " << (a.read ? "  " : "* ")
                          << Alert::kindKey(a.kind).leftJustified(9) << patientId << " <- "
                          << (m ? m->nodeName + QLatin1Char('/') + m->remotePatientId : QString()) << ": "
                          << AlertReason::describe(a.reason) << "\n";
                }
            }
            if (parser.isSet(jsonOpt)) {
                out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            }
            out() << Qt::flush;
            return 0;
        }

        // run
        Translator::install(); // the summary has plural forms
        auto secrets = SecretStoreFactory::create();
        FederatedMatchSource source(*store, *secrets, LocalRanker::loadDefault());
        AlertRunner runner(*store, source);
        std::function<bool(int, int)> progress;
        if (parser.isSet(verboseOpt)) {
            // Called before each patient: `done` patients are committed at that point.
            progress = [](int done, int total) {
                if (done > 0) {
                    out() << "checked " << done << " of " << total << "\n" << Qt::flush;
                }
                return true;
            };
        }
        const auto result = runner.runDue(QDateTime::currentDateTimeUtc(), progress);
        if (parser.isSet(jsonOpt)) {
            out() << QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("run"), result.runId},
                             {QStringLiteral("patientsChecked"), result.patientsChecked},
                             {QStringLiteral("patientsSkipped"), result.patientsSkipped},
                             {QStringLiteral("newMatches"), result.summary.newMatches},
                             {QStringLiteral("changedMatches"), result.summary.changedMatches},
                             {QStringLiteral("withdrawnMatches"), result.summary.withdrawnMatches},
                             {QStringLiteral("patientsWithAlerts"), result.summary.patientsWithAlerts},
                             {QStringLiteral("failedNodes"), QJsonArray::fromStringList(result.failedNodes)},
                             {QStringLiteral("summary"), result.summary.text()}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << "alert run " << result.runId << ": " << result.patientsChecked << " patient(s) checked. "
                  << result.summary.text() << "\n";
            if (result.patientsSkipped > 0) {
                out() << result.patientsSkipped << " patient(s) skipped: consent for matching not recorded\n";
            }
            if (!result.failedNodes.isEmpty()) {
                out() << "nodes that failed (retried next run): "
                      << result.failedNodes.join(QStringLiteral(", ")) << "\n";
            }
        }
        out() << Qt::flush;
    } catch (const MatchDeskError& e) {
        err() << e.message() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
