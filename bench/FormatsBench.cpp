// matchdesk-bench-formats: gene catalog load, phenopacket import of the dev set, VCF import speed
// (synthetic 100k-record exome, plain/bgzip/BCF) and memory of a streamed 5M-record genome.
//   matchdesk-bench-formats [--runs N] [--genome-records N] [--json]
#include "core/DataPaths.h"
#include "core/GeneCatalog.h"
#include "formats/PhenopacketReader.h"
#include "formats/VcfReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <htslib/hts.h>
#include <htslib/vcf.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    return s;
}

// CPU time of this process in ms (robust against other load on a shared machine).
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

// Synthetic VCF: annotated (CSQ + gnomAD AF), one sample, mixed het/hom, some multi-allelic.
void writeVcf(const QString& path, qint64 records)
{
    FILE* f = std::fopen(QFile::encodeName(path).constData(), "w");
    std::fputs("##fileformat=VCFv4.2\n##reference=GRCh38\n", f);
    for (int c = 1; c <= 22; ++c) {
        std::fprintf(f, "##contig=<ID=chr%d>\n", c);
    }
    std::fputs("##contig=<ID=chrX>\n##FILTER=<ID=LowQual,Description=\"low\">\n##INFO=<ID=DP,Number=1,Type=Integer,Description=\"d\">\n"
               "##INFO=<ID=gnomADe_AF,Number=A,Type=Float,Description=\"af\">\n"
               "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: "
               "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp\">\n"
               "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"g\">\n##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"q\">\n"
               "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"d\">\n"
               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tPROBAND\n",
               f);
    static const char* csq[] = {"missense_variant|MODERATE", "synonymous_variant|LOW", "intron_variant|MODIFIER",
                                "stop_gained|HIGH", "splice_region_variant&intron_variant|LOW"};
    const qint64 perChrom = records / 22 + 1;
    for (qint64 i = 0; i < records; ++i) {
        const int chrom = int(i / perChrom) + 1;
        const qint64 pos = 10000 + (i % perChrom) * 150;
        const bool multi = i % 50 == 0;
        std::fprintf(f, "chr%d\t%lld\t.\tA\t%s\t%d\t%s\tDP=%d;gnomADe_AF=%s;CSQ=G|%s|GENE%d|ENSG%011lld|Transcript|ENST%011lld|protein_coding|"
                        "ENST%011lld:c.%lldA>G|ENSP%011lld:p.Lys%lldGlu\tGT:GQ:DP\t%s:%d:%d\n",
                     chrom, qlonglong(pos), multi ? "G,T" : "G", int(20 + i % 80), i % 10 == 0 ? "LowQual" : "PASS",
                     int(10 + i % 60), multi ? "0.001,0.2" : (i % 3 == 0 ? "0.05" : "0.0001"), csq[i % 5], int(i % 19000),
                     qlonglong(i % 19000), qlonglong(i % 19000), qlonglong(i % 19000), qlonglong(i % 3000),
                     qlonglong(i % 19000), qlonglong(i % 1000), multi ? "1/2" : (i % 4 == 0 ? "1/1" : "0/1"), int(i % 99),
                     int(5 + i % 50));
    }
    std::fclose(f);
}

void convert(const QString& in, const QString& out, const char* mode)
{
    htsFile* src = hts_open(QFile::encodeName(in).constData(), "r");
    bcf_hdr_t* hdr = bcf_hdr_read(src);
    htsFile* dst = hts_open(QFile::encodeName(out).constData(), mode);
    if (bcf_hdr_write(dst, hdr) != 0) {
        return;
    }
    bcf1_t* rec = bcf_init();
    while (bcf_read(src, hdr, rec) == 0) {
        if (bcf_write(dst, hdr, rec) != 0) {
            break;
        }
    }
    bcf_destroy(rec);
    bcf_hdr_destroy(hdr);
    hts_close(dst);
    hts_close(src);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Repetitions (default 7)."), QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption genomeOpt(QStringLiteral("genome-records"), QStringLiteral("Records of the streamed genome file (default 5000000; 0 skips)."),
                                       QStringLiteral("N"), QStringLiteral("5000000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOptions({runsOpt, genomeOpt, jsonOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const qint64 genomeRecords = parser.value(genomeOpt).toLongLong();
    QTextStream out(stdout);
    QJsonObject json;

    // Gene catalog.
    {
        std::vector<double> ms, cpu;
        qsizetype genes = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            GeneCatalog c;
            c.load(GeneCatalog::defaultPath());
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - c0);
            genes = c.size();
        }
        const Stats s = stats(ms);
        out << "gene catalog load CPU time: median " << stats(cpu).median << " ms\n";
        json.insert(QStringLiteral("geneCatalogLoadMs"), QJsonObject{{QStringLiteral("median"), s.median}, {QStringLiteral("p95"), s.p95}, {QStringLiteral("genes"), double(genes)}});
        out << "gene catalog load (" << genes << " genes): median " << s.median << " ms, p95 " << s.p95 << " ms\n";
    }
    // Phenopackets.
    {
        std::vector<double> ms;
        qsizetype n = 0;
        const QString dev = DataPaths::phenopacketsDir() + QStringLiteral("/dev.jsonl.gz");
        std::vector<double> cpu;
        for (int i = 0; i < std::min(runs, 5); ++i) {
            QElapsedTimer t;
            t.start();
            const double c0 = cpuMs();
            n = PhenopacketReader::readFile(dev).patients.size();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuMs() - c0);
        }
        const Stats s = stats(ms);
        out << "phenopacket import CPU time: median " << stats(cpu).median << " ms\n";
        json.insert(QStringLiteral("phenopacketDevReadMs"), QJsonObject{{QStringLiteral("median"), s.median}, {QStringLiteral("p95"), s.p95}, {QStringLiteral("cases"), double(n)}});
        out << "phenopacket import dev.jsonl.gz (" << n << " cases): median " << s.median << " ms, p95 " << s.p95 << " ms\n";
    }
    QTemporaryDir dir;
    // Exome-sized VCF.
    {
        const qint64 records = 100000;
        const QString vcf = dir.filePath(QStringLiteral("exome.vcf"));
        writeVcf(vcf, records);
        convert(vcf, dir.filePath(QStringLiteral("exome.vcf.gz")), "wz");
        convert(vcf, dir.filePath(QStringLiteral("exome.bcf")), "wb");
        QJsonObject vj;
        for (const char* name : {"exome.vcf", "exome.vcf.gz", "exome.bcf"}) {
            std::vector<double> ms, cpu;
            qsizetype kept = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                const double c0 = cpuMs();
                kept = VcfReader::readFile(dir.filePath(QLatin1String(name))).variants.size();
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                cpu.push_back(cpuMs() - c0);
            }
            const Stats s = stats(ms);
            out << "  CPU time median " << stats(cpu).median << " ms (" << qint64(100000.0 / (stats(cpu).median / 1000.0)) << " records/s of CPU)\n";
            const double rps = double(records) / (s.median / 1000.0);
            vj.insert(QLatin1String(name), QJsonObject{{QStringLiteral("medianMs"), s.median}, {QStringLiteral("p95Ms"), s.p95},
                                                       {QStringLiteral("recordsPerSecond"), rps}, {QStringLiteral("variants"), double(kept)}});
            out << "VCF import " << name << " (" << records << " records, " << kept << " variants): median " << s.median
                << " ms, p95 " << s.p95 << " ms, " << qint64(rps) << " records/s\n";
        }
        VcfReadOptions filtered;
        filtered.passOnly = true;
        filtered.maxPopulationAf = 0.01;
        filtered.minImpact = SequenceOntology::Impact::Moderate;
        QElapsedTimer t;
        t.start();
        const qsizetype kept = VcfReader::readFile(dir.filePath(QStringLiteral("exome.vcf.gz")), filtered).variants.size();
        out << "VCF import exome.vcf.gz with PASS + AF<=0.01 + impact>=MODERATE: " << t.elapsed() << " ms, " << kept << " variants\n";
        json.insert(QStringLiteral("vcfExome"), vj);
    }
    // Streamed genome: memory must not grow with the file.
    if (genomeRecords > 0) {
        const QString vcf = dir.filePath(QStringLiteral("genome.vcf"));
        writeVcf(vcf, genomeRecords);
        const QString gz = dir.filePath(QStringLiteral("genome.vcf.gz"));
        convert(vcf, gz, "wz");
        QFile::remove(vcf);
        const long before = rssKb();
        long peak = before;
        qint64 count = 0;
        VcfReadOptions o;
        o.progress = [&](qint64, qint64) {
            peak = std::max(peak, rssKb());
            return true;
        };
        QElapsedTimer t;
        t.start();
        const VcfReadResult r = VcfReader::read(gz, o, [&](Variant&&) { ++count; });
        const double s = double(t.nsecsElapsed()) / 1e9;
        out << "VCF stream genome.vcf.gz (" << r.records << " records, " << count << " variants): " << s << " s, "
            << qint64(double(r.records) / s) << " records/s, RSS before " << before / 1024 << " MiB, peak during "
            << peak / 1024 << " MiB (growth " << (peak - before) << " KiB)\n";
        json.insert(QStringLiteral("vcfGenomeStream"), QJsonObject{{QStringLiteral("records"), double(r.records)},
                                                                   {QStringLiteral("seconds"), s},
                                                                   {QStringLiteral("rssBeforeKiB"), double(before)},
                                                                   {QStringLiteral("rssPeakKiB"), double(peak)}});
    }
    if (parser.isSet(jsonOpt)) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    return 0;
}
