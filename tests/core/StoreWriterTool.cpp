// Test helper process: writes patients into a store so tests can kill it mid-transaction or run
// two writers at once. Usage: matchdesk-test-store-writer DB bulk|single COUNT PREFIX
#include "core/Store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: %s DB bulk|single COUNT PREFIX\n", argv[0]);
        return 2;
    }
    const int count = args.at(3).toInt();
    const QString prefix = args.at(4);
    auto makePatient = [&](int i) {
        Patient p;
        p.localId = prefix + QString::number(i);
        p.label = QStringLiteral("writer patient %1").arg(i);
        p.features = {{QStringLiteral("HP:0000252"), QStringLiteral("Microcephaly"), false, {}, {}},
                      {QStringLiteral("HP:0001263"), QStringLiteral("Global developmental delay"), false, {}, {}}};
        Variant v;
        v.gene = {QStringLiteral("HGNC:1100"), QStringLiteral("BRCA1"), {}, {}};
        v.zygosity = Zygosity::Heterozygous;
        p.variants = {v};
        return p;
    };
    try {
        Store store;
        store.open(args.at(1));
        if (args.at(2) == QLatin1String("bulk")) {
            QList<Patient> patients;
            for (int i = 0; i < count; ++i) {
                patients.append(makePatient(i));
            }
            store.savePatients(patients, [](qsizetype done, qsizetype) {
                if (done % 500 == 0) {
                    std::printf("progress %lld\n", static_cast<long long>(done));
                    std::fflush(stdout);
                }
                return true;
            });
        } else {
            for (int i = 0; i < count; ++i) {
                Patient p = makePatient(i);
                store.savePatient(p);
            }
        }
    } catch (const MatchDeskError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    std::printf("done\n");
    return 0;
}
