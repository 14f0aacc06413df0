#include "EvalCommand.h"

#include "core/DataPaths.h"
#include "core/MatchDeskError.h"
#include "formats/PhenopacketReader.h"
#include "matching/GenePhenotypeProfiles.h"
#include "matching/HpoOntology.h"
#include "matching/InformationContent.h"
#include "matching/RetrievalEvaluation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {} // namespace

QString EvalCommand::summary() const
{
    return EvalCommand::tr("Retrieval evaluation of phenotype matching on phenopackets (recall@k, MRR)");
}

int EvalCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(EvalCommand::tr(
        "Cross-publication leave-one-out retrieval on phenopackets: each case with an observed term and a "
        "gene "
        "queries the cases of other publications by phenotype; a hit is a case with the same gene."));
    const QCommandLineOption indexOpt(QStringLiteral("index"),
                                      EvalCommand::tr("Phenopackets to search (default: dev set)."),
                                      EvalCommand::tr("file"));
    const QCommandLineOption queriesOpt(
        QStringLiteral("queries"),
        EvalCommand::tr("Separate query phenopackets (default: leave-one-out on the index)."),
        EvalCommand::tr("file"));
    const QCommandLineOption measureOpt(
        QStringLiteral("measure"),
        EvalCommand::tr("Phenotype measure: %1, or 'all' (default: combined).")
            .arg(PhenotypeScoringOptions::measureNames().join(QStringLiteral(", "))),
        EvalCommand::tr("name"), QStringLiteral("combined"));
    const QCommandLineOption perturbOpt(QStringLiteral("perturb"),
                                        EvalCommand::tr("Perturb queries: imprecision=P,noise=K,drop=D."),
                                        EvalCommand::tr("spec"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     EvalCommand::tr("Random seed for --perturb (default 1)."),
                                     EvalCommand::tr("n"), QStringLiteral("1"));
    const QCommandLineOption weightsOpt(
        QStringLiteral("weights"),
        EvalCommand::tr("Weights of the combined measure: exact,ontology,geneProfile."),
        EvalCommand::tr("e,o,g"));
    const QCommandLineOption excludedOpt(
        QStringLiteral("excluded-penalty"),
        EvalCommand::tr("Penalty weight for contradicted excluded terms (default 0)."), EvalCommand::tr("w"));
    const QCommandLineOption icOpt(QStringLiteral("ic"),
                                   EvalCommand::tr("IC corpus: annotations (default) or cases."),
                                   EvalCommand::tr("corpus"), QStringLiteral("annotations"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"),
                                        EvalCommand::tr("Worker threads (default: all cores)."),
                                        EvalCommand::tr("n"), QStringLiteral("0"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     EvalCommand::tr("Print JSON instead of a table."));
    parser.addOptions({indexOpt, queriesOpt, measureOpt, perturbOpt, seedOpt, weightsOpt, excludedOpt, icOpt,
                       threadsOpt, jsonOpt});
    int code = 0;
    if (!parse(parser, args, &code)) {
        return code;
    }

    RetrievalOptions options;
    options.threads = parser.value(threadsOpt).toInt();
    if (parser.isSet(perturbOpt)) {
        QString error;
        if (!options.perturbation.parse(parser.value(perturbOpt), &error)) {
            err() << error << "\n" << Qt::flush;
            return 2;
        }
    }
    bool ok = true;
    options.perturbation.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        err() << EvalCommand::tr("Invalid --seed") << "\n" << Qt::flush;
        return 2;
    }
    if (parser.isSet(weightsOpt)) {
        const QStringList w = parser.value(weightsOpt).split(QLatin1Char(','));
        bool a = false, b = false, c = false;
        if (w.size() == 3) {
            options.scoring.exactWeight = w[0].toDouble(&a);
            options.scoring.ontologyWeight = w[1].toDouble(&b);
            options.scoring.geneProfileWeight = w[2].toDouble(&c);
        }
        if (!(a && b && c)) {
            err() << EvalCommand::tr("Invalid --weights (expected three numbers e,o,g)") << "\n" << Qt::flush;
            return 2;
        }
    }
    if (parser.isSet(excludedOpt)) {
        options.scoring.excludedPenalty = parser.value(excludedOpt).toDouble(&ok);
        if (!ok) {
            err() << EvalCommand::tr("Invalid --excluded-penalty") << "\n" << Qt::flush;
            return 2;
        }
    }
    QList<PhenotypeMeasure> measures;
    if (parser.value(measureOpt) == QLatin1String("all")) {
        for (const QString& n : PhenotypeScoringOptions::measureNames()) {
            measures.append(*PhenotypeScoringOptions::measureFromName(n));
        }
    } else {
        const auto m = PhenotypeScoringOptions::measureFromName(parser.value(measureOpt));
        if (!m) {
            err() << EvalCommand::tr("Unknown measure '%1'").arg(parser.value(measureOpt)) << "\n"
                  << Qt::flush;
            return 2;
        }
        measures.append(*m);
    }

    try {
        QElapsedTimer timer;
        timer.start();
        auto ontology = HpoOntology::loadDefault();
        PhenopacketReadOptions ro;
        ro.skipInvalid = true;
        ro.ontology = ontology.get();
        const QString indexPath = parser.isSet(indexOpt)
                                      ? parser.value(indexOpt)
                                      : DataPaths::phenopacketsDir() + QStringLiteral("/dev.jsonl.gz");
        const PhenopacketReadResult index = PhenopacketReader::readFile(indexPath, ro);
        PhenopacketReadResult queries;
        if (parser.isSet(queriesOpt)) {
            queries = PhenopacketReader::readFile(parser.value(queriesOpt), ro);
        }
        std::shared_ptr<const InformationContent> ic;
        if (parser.value(icOpt) == QLatin1String("cases")) {
            ic = std::make_shared<const InformationContent>(
                InformationContent::fromPatients(*ontology, index.patients));
        } else if (parser.value(icOpt) == QLatin1String("annotations")) {
            ic = std::make_shared<const InformationContent>(
                InformationContent::loadCached(*ontology, DataPaths::hpoDir()));
        } else {
            err() << EvalCommand::tr("Unknown --ic corpus '%1'").arg(parser.value(icOpt)) << "\n"
                  << Qt::flush;
            return 2;
        }
        std::shared_ptr<const GenePhenotypeProfiles> profiles;
        try {
            profiles = std::make_shared<const GenePhenotypeProfiles>(
                GenePhenotypeProfiles::fromAnnotationFiles(*ontology, DataPaths::hpoDir()));
        } catch (const MatchDeskError& e) {
            err() << EvalCommand::tr("warning: no gene profiles: %1").arg(e.message()) << "\n" << Qt::flush;
        }
        RetrievalEvaluation eval(ontology, ic, profiles);
        eval.setIndex(index.patients);

        QJsonArray results;
        const bool json = parser.isSet(jsonOpt);
        if (!json) {
            out() << EvalCommand::tr("HPO %1; index %2 (%3 cases)")
                         .arg(ontology->dataVersion(), indexPath)
                         .arg(index.patients.size());
            if (parser.isSet(queriesOpt)) {
                out() << EvalCommand::tr("; queries %1 (%2 cases)")
                             .arg(parser.value(queriesOpt))
                             .arg(queries.patients.size());
            } else {
                out() << EvalCommand::tr("; cross-publication leave-one-out");
            }
            if (!options.perturbation.isIdentity()) {
                out() << EvalCommand::tr("; perturbed %1, seed %2")
                             .arg(options.perturbation.toString())
                             .arg(options.perturbation.seed);
            }
            out() << "\n\n"
                  << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(EvalCommand::tr("measure"), -12)
                         .arg(EvalCommand::tr("queries"), 8)
                         .arg(QStringLiteral("R@1"), 6)
                         .arg(QStringLiteral("R@5"), 6)
                         .arg(QStringLiteral("R@10"), 6)
                         .arg(QStringLiteral("MRR"), 6)
                  << Qt::flush;
        }
        for (PhenotypeMeasure m : measures) {
            RetrievalOptions o = options;
            o.scoring.measure = m;
            const RetrievalResult r =
                parser.isSet(queriesOpt) ? eval.evaluate(queries.patients, o) : eval.leaveOneOut(o);
            QJsonObject j = r.toJson();
            if (m == PhenotypeMeasure::Combined) {
                j[QStringLiteral("weights")] =
                    QJsonArray{o.scoring.exactWeight, o.scoring.ontologyWeight, o.scoring.geneProfileWeight};
                j[QStringLiteral("excludedPenalty")] = o.scoring.excludedPenalty;
            }
            results.append(j);
            if (!json) {
                out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                             .arg(r.measure, -12)
                             .arg(r.queries, 8)
                             .arg(r.recallAt1, 6, 'f', 3)
                             .arg(r.recallAt5, 6, 'f', 3)
                             .arg(r.recallAt10, 6, 'f', 3)
                             .arg(r.mrr, 6, 'f', 3)
                      << Qt::flush;
            }
        }
        if (json) {
            QJsonObject doc{{QStringLiteral("hpoVersion"), ontology->dataVersion()},
                            {QStringLiteral("index"), indexPath},
                            {QStringLiteral("indexCases"), int(index.patients.size())},
                            {QStringLiteral("protocol"),
                             parser.isSet(queriesOpt) ? QStringLiteral("queries")
                                                      : QStringLiteral("cross-publication-leave-one-out")},
                            {QStringLiteral("perturbation"),
                             options.perturbation.isIdentity() ? QJsonValue()
                                                               : QJsonValue(options.perturbation.toString())},
                            {QStringLiteral("seed"), QString::number(options.perturbation.seed)},
                            {QStringLiteral("ic"), parser.value(icOpt)},
                            {QStringLiteral("results"), results},
                            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}};
            out() << QJsonDocument(doc).toJson(QJsonDocument::Indented) << Qt::flush;
        }
    } catch (const MatchDeskError& e) {
        err() << "matchdesk-cli eval: " << e.message() << "\n" << Qt::flush;
        return 1;
    }
    return 0;
}
