#include "SplitCommand.h"

#include "core/MatchDeskError.h"
#include "formats/PhenopacketReader.h"
#include "formats/PhenopacketWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace {
QString publicationOf(const Patient& p)
{
    for (const ExternalReference& r : p.references) {
        if (r.id.startsWith(QLatin1String("PMID:"))) {
            return r.id;
        }
    }
    return p.references.isEmpty() ? QStringLiteral("case:") + p.localId : p.references.first().id;
}

QString geneOf(const Patient& p)
{
    for (const Variant& v : p.variants) {
        const QString g = v.gene.hgncId.isEmpty() ? v.gene.symbol : v.gene.hgncId;
        if (!g.isEmpty()) {
            return g;
        }
    }
    return {};
}

QByteArray stableHash(const QString& s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

int SplitCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes DIR/part-1.jsonl.gz ... DIR/part-N.jsonl.gz and DIR/held-out.jsonl (phenopacket JSON Lines)."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Phenopacket file (JSON, array, JSON Lines, gzip)."));
    const QCommandLineOption partsOpt(QStringLiteral("parts"), QStringLiteral("Number of parts (default 3)."),
                                      QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption holdOpt(QStringLiteral("hold-out"),
                                     QStringLiteral("Cases to keep aside as own patients (default 0)."),
                                     QStringLiteral("K"), QStringLiteral("0"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR"));
    parser.addOptions({partsOpt, holdOpt, outOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }
    bool okParts = false;
    bool okHold = false;
    const int parts = parser.value(partsOpt).toInt(&okParts);
    const int holdOut = parser.value(holdOpt).toInt(&okHold);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOpt) || !okParts || parts < 1 || !okHold
        || holdOut < 0) {
        err() << "split: usage: matchdesk-cli split FILE --out DIR [--parts N] [--hold-out K]\n" << Qt::flush;
        return 2;
    }
    try {
        const auto read = PhenopacketReader::readFile(parser.positionalArguments().first());
        const QList<Patient>& cases = read.patients;

        // Genes seen in at least two publications: only their cases make meaningful own patients.
        QHash<QString, QSet<QString>> publicationsOfGene;
        for (const Patient& p : cases) {
            const QString g = geneOf(p);
            if (!g.isEmpty() && p.observedCount() >= 3) {
                publicationsOfGene[g].insert(publicationOf(p));
            }
        }
        QList<qsizetype> order(cases.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return stableHash(cases.at(a).localId) < stableHash(cases.at(b).localId);
        });
        QSet<qsizetype> heldOut;
        QSet<QString> heldGenes;
        for (qsizetype i : order) {
            if (heldOut.size() >= holdOut) {
                break;
            }
            const QString g = geneOf(cases.at(i));
            if (g.isEmpty() || cases.at(i).observedCount() < 3 || heldGenes.contains(g)
                || publicationsOfGene.value(g).size() < 2) {
                continue;
            }
            heldOut.insert(i);
            heldGenes.insert(g);
        }

        // Whole publications go to one part; biggest first onto the currently smallest part.
        QMap<QString, QList<qsizetype>> byPublication;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            if (!heldOut.contains(i)) {
                byPublication[publicationOf(cases.at(i))].append(i);
            }
        }
        QList<QString> pubs = byPublication.keys();
        std::sort(pubs.begin(), pubs.end(), [&](const QString& a, const QString& b) {
            const auto sa = byPublication.value(a).size();
            const auto sb = byPublication.value(b).size();
            return sa != sb ? sa > sb : stableHash(a) < stableHash(b);
        });
        QList<QList<Patient>> shards(parts);
        for (const QString& pub : pubs) {
            auto smallest = std::min_element(shards.begin(), shards.end(),
                                             [](const auto& x, const auto& y) { return x.size() < y.size(); });
            for (qsizetype i : byPublication.value(pub)) {
                smallest->append(cases.at(i));
            }
        }
        const QString dir = parser.value(outOpt);
        QDir().mkpath(dir);
        for (int k = 0; k < parts; ++k) {
            const QString path = QStringLiteral("%1/part-%2.jsonl.gz").arg(dir).arg(k + 1);
            PhenopacketWriter::writeFile(path, shards.at(k), PhenopacketWriter::Layout::JsonLines);
            out() << path << ": " << shards.at(k).size() << " cases\n";
        }
        QList<Patient> own;
        QList<qsizetype> heldSorted(heldOut.cbegin(), heldOut.cend());
        std::sort(heldSorted.begin(), heldSorted.end());
        for (qsizetype i : heldSorted) {
            own.append(cases.at(i));
        }
        const QString ownPath = dir + QStringLiteral("/held-out.jsonl");
        PhenopacketWriter::writeFile(ownPath, own, PhenopacketWriter::Layout::JsonLines);
        out() << ownPath << ": " << own.size() << " cases\n" << Qt::flush;
    } catch (const MatchDeskError& e) {
        err() << e.message() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
