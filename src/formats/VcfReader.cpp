#include "VcfReader.h"

#include "FormatError.h"
#include "FormatsLogging.h"
#include "VariantNormalizer.h"
#include "core/GeneCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <cstdlib>
#include <htslib/bgzf.h>
#include <htslib/hfile.h>
#include <htslib/hts.h>
#include <htslib/hts_log.h>
#include <htslib/vcf.h>
#include <memory>

namespace {

struct HtsCloser
{
    void operator()(htsFile* f) const { hts_close(f); }
    void operator()(bcf_hdr_t* h) const { bcf_hdr_destroy(h); }
    void operator()(bcf1_t* r) const { bcf_destroy(r); }
};

// One annotation source (CSQ or ANN) with the column indices found in its header description.
struct AnnotationLayout
{
    QByteArray tag;
    int allele = -1, consequence = -1, impact = -1, symbol = -1, geneId = -1, feature = -1, hgvsc = -1,
        hgvsp = -1;
    QList<int> afColumns;
    bool isValid() const { return !tag.isEmpty() && consequence >= 0; }
};

AnnotationLayout annotationLayout(bcf_hdr_t* hdr, const char* tag)
{
    AnnotationLayout layout;
    bcf_hrec_t* hrec = bcf_hdr_get_hrec(hdr, BCF_HL_INFO, "ID", tag, nullptr);
    if (!hrec) {
        return layout;
    }
    const int k = bcf_hrec_find_key(hrec, "Description");
    if (k < 0) {
        return layout;
    }
    QString desc = QString::fromUtf8(hrec->vals[k]);
    desc.remove(u'"');
    qsizetype from = desc.indexOf(QLatin1String("Format:"));
    if (from >= 0) {
        from += 7;
    } else {
        from = desc.indexOf(u'\'');
        if (from < 0) {
            return layout;
        }
        ++from;
    }
    QString fmt = desc.mid(from);
    fmt.remove(u'\'');
    const QStringList cols = fmt.split(u'|');
    for (int i = 0; i < cols.size(); ++i) {
        const QString c = cols.at(i).trimmed();
        const QString l = c.toLower();
        if (l == QLatin1String("allele"))
            layout.allele = i;
        else if (l == QLatin1String("consequence") || l == QLatin1String("annotation"))
            layout.consequence = i;
        else if (l == QLatin1String("impact") || l == QLatin1String("annotation_impact"))
            layout.impact = i;
        else if (l == QLatin1String("symbol") || l == QLatin1String("gene_name"))
            layout.symbol = i;
        else if (l == QLatin1String("gene") || l == QLatin1String("gene_id"))
            layout.geneId = i;
        else if (l == QLatin1String("feature") || l == QLatin1String("feature_id"))
            layout.feature = i;
        else if (l == QLatin1String("hgvsc") || l == QLatin1String("hgvs.c"))
            layout.hgvsc = i;
        else if (l == QLatin1String("hgvsp") || l == QLatin1String("hgvs.p"))
            layout.hgvsp = i;
        else if (l == QLatin1String("af") || l == QLatin1String("max_af") ||
                 l == QLatin1String("gnomad_af") || l == QLatin1String("gnomade_af") ||
                 l == QLatin1String("gnomadg_af") || l == QLatin1String("af_popmax"))
            layout.afColumns.append(i);
    }
    if (layout.consequence >= 0) {
        layout.tag = tag;
    }
    return layout;
}

QString guessAssembly(bcf_hdr_t* hdr)
{
    for (int i = 0; i < hdr->nhrec; ++i) {
        const bcf_hrec_t* h = hdr->hrec[i];
        if (h->type == BCF_HL_GEN && h->key && h->value &&
            (qstrcmp(h->key, "reference") == 0 || qstrcmp(h->key, "assembly") == 0)) {
            const QString v = QString::fromUtf8(h->value).toLower();
            if (v.contains(QLatin1String("grch38")) || v.contains(QLatin1String("hg38")) ||
                v.contains(QLatin1String("b38")))
                return QStringLiteral("GRCh38");
            if (v.contains(QLatin1String("grch37")) || v.contains(QLatin1String("hg19")) ||
                v.contains(QLatin1String("b37")) || v.contains(QLatin1String("hs37d5")) ||
                v.contains(QLatin1String("human_g1k_v37")))
                return QStringLiteral("GRCh37");
        }
        if (h->type == BCF_HL_CTG) {
            QString id, length, assembly;
            for (int k = 0; k < h->nkeys; ++k) {
                if (qstrcmp(h->keys[k], "ID") == 0)
                    id = QString::fromUtf8(h->vals[k]);
                else if (qstrcmp(h->keys[k], "length") == 0)
                    length = QString::fromUtf8(h->vals[k]);
                else if (qstrcmp(h->keys[k], "assembly") == 0)
                    assembly = QString::fromUtf8(h->vals[k]);
            }
            bool ok = false;
            const QString a = VariantNormalizer::assembly(assembly, &ok);
            if (ok) {
                return a;
            }
            if (VariantNormalizer::chromosome(id) == QLatin1String("1")) {
                if (length == QLatin1String("248956422"))
                    return QStringLiteral("GRCh38");
                if (length == QLatin1String("249250621"))
                    return QStringLiteral("GRCh37");
            }
        }
    }
    return {};
}

QString percentDecode(const QString& s)
{
    if (!s.contains(u'%')) {
        return s;
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(s.toUtf8()));
}

double maxNumber(QStringView s)
{
    double best = -1.0;
    for (const QStringView part : s.split(u'&', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double d = part.toDouble(&ok);
        if (ok && d > best) {
            best = d;
        }
    }
    return best;
}

// The VEP spelling of an ALT allele (common leading base removed, "-" for deletions).
QString vepAllele(const QString& ref, const QString& alt)
{
    if (!ref.isEmpty() && !alt.isEmpty() && ref.at(0) == alt.at(0) && (ref.size() > 1 || alt.size() > 1)) {
        const QString a = alt.mid(1);
        return a.isEmpty() ? QStringLiteral("-") : a;
    }
    return alt;
}

struct Annotation
{
    Gene gene;
    SequenceOntology::Term term;
    SequenceOntology::Impact impact = SequenceOntology::Impact::Modifier;
    bool hasImpact = false;
    QString hgvsC, hgvsP;
    double af = -1.0;
};

Annotation bestAnnotation(const AnnotationLayout& layout, const QString& value, const QString& ref,
                          const QString& alt, int nAlt)
{
    Annotation best;
    const QString vep = vepAllele(ref, alt);
    for (const QStringView entry : QStringView(value).split(u',', Qt::SkipEmptyParts)) {
        const QList<QStringView> f = entry.split(u'|');
        auto col = [&](int i) { return i >= 0 && i < f.size() ? f.at(i).trimmed() : QStringView(); };
        if (layout.allele >= 0 && nAlt > 1) {
            const QStringView a = col(layout.allele);
            if (a != alt && a != vep) {
                continue;
            }
        }
        const SequenceOntology::Term term = SequenceOntology::lookup(col(layout.consequence).toString());
        for (int c : layout.afColumns) {
            best.af = qMax(best.af, maxNumber(col(c)));
        }
        if (!term.isValid() || (best.term.isValid() && term.rank >= best.term.rank)) {
            continue;
        }
        const double af = best.af;
        best = Annotation{};
        best.af = af;
        best.term = term;
        best.impact = term.impact;
        if (layout.impact >= 0 && !col(layout.impact).isEmpty()) {
            bool ok = false;
            const auto i = SequenceOntology::impactFromName(col(layout.impact).toString(), &ok);
            if (ok) {
                best.impact = i;
            }
        }
        best.hasImpact = true;
        best.gene =
            VariantNormalizer::gene(col(layout.geneId).toString(), col(layout.symbol).toString(), nullptr);
        const QString feature = col(layout.feature).toString();
        QString c = percentDecode(col(layout.hgvsc).toString());
        QString p = percentDecode(col(layout.hgvsp).toString());
        if (!c.isEmpty() && !c.contains(u':') && !feature.isEmpty()) {
            c = feature + u':' + c;
        }
        if (!p.isEmpty() && !p.contains(u':') && !feature.isEmpty()) {
            p = feature + u':' + p;
        }
        best.hgvsC = c;
        best.hgvsP = p;
    }
    return best;
}

class Reader
{
public:
    Reader(const QString& path, const VcfReadOptions& options)
        : m_path(path)
        , m_options(options)
    {}

    FormatError error(const QString& field, const QString& reason) const
    {
        return FormatError(m_path, m_record > 0 ? FormatError::recordLocation(m_record) : QString(), field,
                           reason);
    }

    void open()
    {
        hts_set_log_level(HTS_LOG_OFF);
        if (!QFileInfo::exists(m_path)) {
            throw FormatError(m_path, QString(), QString(), VcfReader::tr("the file does not exist"));
        }
        const QByteArray native = QFile::encodeName(m_path);
        m_fp.reset(hts_open(native.constData(), "r"));
        if (!m_fp) {
            throw FormatError(m_path, QString(), QString(), VcfReader::tr("cannot open the file"));
        }
        const htsFormat* fmt = hts_get_format(m_fp.get());
        if (fmt->format != vcf && fmt->format != bcf) {
            throw FormatError(m_path, QString(), QString(),
                              VcfReader::tr("not a VCF or BCF file (no ##fileformat=VCF header)"));
        }
        m_hdr.reset(bcf_hdr_read(m_fp.get()));
        if (!m_hdr) {
            throw FormatError(
                m_path, QString(), QStringLiteral("header"),
                VcfReader::tr(
                    "missing or invalid header lines (##fileformat and the #CHROM line are required)"));
        }
        for (int i = 0; i < bcf_hdr_nsamples(m_hdr.get()); ++i) {
            m_samples << QString::fromUtf8(m_hdr->samples[i]);
        }
        m_total = QFileInfo(m_path).size();
    }

    QStringList samples() const { return m_samples; }

    VcfReadResult run(const std::function<void(Variant&&)>& sink)
    {
        VcfReadResult result;
        bcf_hdr_t* hdr = m_hdr.get();
        // The proband.
        int sampleIndex = -1;
        if (!m_options.sample.isEmpty()) {
            sampleIndex = int(m_samples.indexOf(m_options.sample));
            if (sampleIndex < 0) {
                throw FormatError(m_path, QString(), QStringLiteral("sample"),
                                  VcfReader::tr("no sample '%1' in the file (samples: %2)")
                                      .arg(m_options.sample, m_samples.isEmpty()
                                                                 ? VcfReader::tr("none")
                                                                 : m_samples.join(QStringLiteral(", "))));
            }
        } else if (m_samples.size() == 1) {
            sampleIndex = 0;
        } else if (m_samples.size() > 1) {
            throw FormatError(m_path, QString(), QStringLiteral("sample"),
                              VcfReader::tr("the file has %1 samples (%2): choose the proband")
                                  .arg(m_samples.size())
                                  .arg(m_samples.join(QStringLiteral(", "))));
        }
        if (sampleIndex >= 0) {
            result.sample = m_samples.at(sampleIndex);
            // Only unpack the proband's column.
            const QByteArray s = result.sample.toUtf8();
            if (bcf_hdr_set_samples(hdr, s.constData(), 0) != 0) {
                throw FormatError(m_path, QString(), QStringLiteral("sample"),
                                  VcfReader::tr("cannot select sample '%1'").arg(result.sample));
            }
        } else if (!m_options.sample.isEmpty()) {
            Q_UNREACHABLE();
        }
        result.assembly = m_options.assembly.isEmpty() ? guessAssembly(hdr)
                                                       : VariantNormalizer::assembly(m_options.assembly);
        if (result.assembly.isEmpty()) {
            result.warnings.append(
                VcfReader::tr("%1: the assembly is not named in the header; variants have no assembly")
                    .arg(m_path));
        }
        AnnotationLayout csq = annotationLayout(hdr, "CSQ");
        if (!csq.isValid()) {
            csq = annotationLayout(hdr, "ANN");
        }
        const bool hasGeneInfo = bcf_hdr_id2int(hdr, BCF_DT_ID, "GENEINFO") >= 0;
        const bool hasMc = bcf_hdr_id2int(hdr, BCF_DT_ID, "MC") >= 0;
        QList<QByteArray> afTags;
        for (const char* t :
             {"gnomAD_AF", "gnomADe_AF", "gnomADg_AF", "gnomad_AF", "AF_popmax", "MAX_AF", "AF"}) {
            const int id = bcf_hdr_id2int(hdr, BCF_DT_ID, t);
            if (id >= 0 && bcf_hdr_idinfo_exists(hdr, BCF_HL_INFO, id)) {
                afTags.append(QByteArray(t));
            }
        }
        QSet<QString> geneFilter;
        for (const QString& g : m_options.genes) {
            geneFilter.insert(g.trimmed().toUpper());
        }
        const bool male = m_options.sex == Sex::Male;
        const int headerRecords = hdr->nhrec;

        std::unique_ptr<bcf1_t, HtsCloser> rec(bcf_init());
        int32_t* gt = nullptr;
        int ngt = 0;
        int32_t* ival = nullptr;
        int nival = 0;
        float* fval = nullptr;
        int nfval = 0;
        char* sval = nullptr;
        int nsval = 0;
        struct Free
        {
            void* const* ptrs[4];
            ~Free()
            {
                for (void* const* p : ptrs) {
                    free(*p);
                }
            }
        } freer{{reinterpret_cast<void* const*>(&gt), reinterpret_cast<void* const*>(&ival),
                 reinterpret_cast<void* const*>(&fval), reinterpret_cast<void* const*>(&sval)}};

        auto infoString = [&](const char* tag) -> QString {
            const int n = bcf_get_info_string(hdr, rec.get(), tag, &sval, &nsval);
            return n > 0 ? QString::fromUtf8(sval, qstrnlen(sval, size_t(n))) : QString();
        };

        for (;;) {
            const int ret = bcf_read(m_fp.get(), hdr, rec.get());
            if (ret == -1 && rec->errcode == 0) {
                break;
            }
            ++m_record;
            if (ret < -1) {
                throw error(QString(), VcfReader::tr("truncated or corrupt data"));
            }
            if (rec->errcode) {
                throw error(QString(),
                            VcfReader::tr("invalid record (htslib error %1: %2)")
                                .arg(rec->errcode)
                                .arg(rec->errcode & BCF_ERR_CTG_UNDEF
                                         ? VcfReader::tr("contig not declared in the header")
                                     : rec->errcode & BCF_ERR_TAG_UNDEF
                                         ? VcfReader::tr("tag not declared in the header")
                                     : rec->errcode & BCF_ERR_NCOLS ? VcfReader::tr("wrong number of columns")
                                     : rec->errcode & BCF_ERR_LIMITS ? VcfReader::tr("value out of range")
                                                                     : VcfReader::tr("malformed field")));
            }
            if (hdr->nhrec != headerRecords) {
                throw error(
                    QStringLiteral("header"),
                    VcfReader::tr(
                        "the record uses a contig, INFO or FORMAT tag that the header does not declare"));
            }
            if (rec->pos < 0) {
                throw error(QStringLiteral("POS"), VcfReader::tr("not a valid position"));
            }
            ++result.records;
            if (m_options.progress && (m_record & 0x1fff) == 0 && !m_options.progress(position(), m_total)) {
                throw FormatError(m_path, QString(), QString(), VcfReader::tr("import cancelled"));
            }
            bcf_unpack(rec.get(), BCF_UN_ALL);
            const int nAllele = rec->n_allele;
            if (nAllele < 1 || !rec->d.allele[0][0]) {
                throw error(QStringLiteral("REF"), VcfReader::tr("the reference allele is missing"));
            }
            if (nAllele < 2) {
                continue;
            }
            result.alleles += nAllele - 1;
            // Record-level filters.
            if (m_options.passOnly && rec->d.n_flt > 0 &&
                bcf_has_filter(hdr, rec.get(), const_cast<char*>("PASS")) != 1) {
                result.filtered += nAllele - 1;
                continue;
            }
            if (m_options.minQual > 0 && (bcf_float_is_missing(rec->qual) || rec->qual < m_options.minQual)) {
                result.filtered += nAllele - 1;
                continue;
            }
            // Genotype of the proband.
            int ploidy = 0;
            int calls[8] = {0};
            int nCalled = 0;
            if (sampleIndex >= 0) {
                const int n = bcf_get_genotypes(hdr, rec.get(), &gt, &ngt);
                if (n <= 0) {
                    ++result.noCalls;
                    continue;
                }
                for (int i = 0; i < n && i < 8; ++i) {
                    if (gt[i] == bcf_int32_vector_end) {
                        break;
                    }
                    ++ploidy;
                    if (!bcf_gt_is_missing(gt[i])) {
                        calls[nCalled++] = bcf_gt_allele(gt[i]);
                    }
                }
                if (nCalled == 0) {
                    ++result.noCalls;
                    continue;
                }
                if (m_options.minGq > 0) {
                    const int k = bcf_get_format_int32(hdr, rec.get(), "GQ", &ival, &nival);
                    if (k <= 0 || ival[0] == bcf_int32_missing || ival[0] < m_options.minGq) {
                        result.filtered += nAllele - 1;
                        continue;
                    }
                }
            }
            if (m_options.minDp > 0) {
                int dp = -1;
                if (sampleIndex >= 0 && bcf_get_format_int32(hdr, rec.get(), "DP", &ival, &nival) > 0 &&
                    ival[0] != bcf_int32_missing) {
                    dp = ival[0];
                } else if (bcf_get_info_int32(hdr, rec.get(), "DP", &ival, &nival) > 0) {
                    dp = ival[0];
                }
                if (dp < m_options.minDp) {
                    result.filtered += nAllele - 1;
                    continue;
                }
            }
            const QString chrom =
                VariantNormalizer::chromosome(QString::fromUtf8(bcf_seqname_safe(hdr, rec.get())));
            const qint64 pos = qint64(rec->pos) + 1;
            const QString ref = QString::fromLatin1(rec->d.allele[0]);
            if (ref.isEmpty() || ref == QLatin1String(".")) {
                throw error(QStringLiteral("REF"), VcfReader::tr("the reference allele is missing"));
            }
            const bool sexChromosome = chrom == QLatin1String("X") || chrom == QLatin1String("Y");
            QString csqValue;
            bool csqLoaded = false;
            QString geneInfo, mc;
            bool extraLoaded = false;
            for (int a = 1; a < nAllele; ++a) {
                const char* altRaw = rec->d.allele[a];
                if (qstrcmp(altRaw, "*") == 0 || qstrcmp(altRaw, "<NON_REF>") == 0 ||
                    qstrcmp(altRaw, "<*>") == 0 || qstrcmp(altRaw, ".") == 0) {
                    continue;
                }
                Variant v;
                if (sampleIndex >= 0) {
                    int copies = 0;
                    for (int i = 0; i < nCalled; ++i) {
                        copies += calls[i] == a ? 1 : 0;
                    }
                    if (copies == 0) {
                        ++result.notCarried;
                        continue;
                    }
                    if (ploidy == 1) {
                        v.zygosity = Zygosity::Hemizygous;
                    } else if (copies >= 2 && copies == ploidy) {
                        v.zygosity =
                            male && sexChromosome &&
                                    !VariantNormalizer::isPseudoAutosomal(result.assembly, chrom, pos)
                                ? Zygosity::Hemizygous
                                : Zygosity::Homozygous;
                    } else {
                        v.zygosity = Zygosity::Heterozygous;
                    }
                }
                v.assembly = result.assembly;
                v.chromosome = chrom;
                v.position = pos;
                v.ref = ref;
                v.alt = QString::fromLatin1(altRaw);
                // Annotations.
                Annotation ann;
                if (csq.isValid()) {
                    if (!csqLoaded) {
                        csqValue = infoString(csq.tag.constData());
                        csqLoaded = true;
                    }
                    if (!csqValue.isEmpty()) {
                        ann = bestAnnotation(csq, csqValue, ref, v.alt, nAllele - 1);
                    }
                }
                if ((hasGeneInfo || hasMc) && !extraLoaded) {
                    geneInfo = hasGeneInfo ? infoString("GENEINFO") : QString();
                    mc = hasMc ? infoString("MC") : QString();
                    extraLoaded = true;
                }
                if (ann.gene.isEmpty() && !geneInfo.isEmpty()) {
                    const QString first = geneInfo.section(u'|', 0, 0);
                    ann.gene = VariantNormalizer::gene(first.section(u':', 1, 1), first.section(u':', 0, 0),
                                                       nullptr);
                }
                if (!ann.term.isValid() && !mc.isEmpty()) {
                    for (const QStringView m : QStringView(mc).split(u',', Qt::SkipEmptyParts)) {
                        const auto t = SequenceOntology::lookup(m.split(u'|').constLast().toString());
                        if (t.isValid() && (!ann.term.isValid() || t.rank < ann.term.rank)) {
                            ann.term = t;
                            ann.impact = t.impact;
                            ann.hasImpact = true;
                        }
                    }
                }
                // Population frequency.
                double af = ann.af;
                for (const QByteArray& tag : afTags) {
                    const int n = bcf_get_info_float(hdr, rec.get(), tag.constData(), &fval, &nfval);
                    const int idx = n >= nAllele - 1 && n > 1 ? a - 1 : 0;
                    if (n > idx && !bcf_float_is_missing(fval[idx])) {
                        af = qMax(af, double(fval[idx]));
                    }
                }
                // Allele-level filters.
                if (m_options.maxPopulationAf < 1.0 && af > m_options.maxPopulationAf) {
                    ++result.filtered;
                    continue;
                }
                if (m_options.minImpact != SequenceOntology::Impact::Modifier &&
                    (!ann.hasImpact || int(ann.impact) < int(m_options.minImpact))) {
                    ++result.filtered;
                    continue;
                }
                v.gene = VariantNormalizer::complete(ann.gene, m_options.geneCatalog);
                if (!geneFilter.isEmpty()) {
                    const bool match =
                        (!v.gene.symbol.isEmpty() && geneFilter.contains(v.gene.symbol.toUpper())) ||
                        (!v.gene.hgncId.isEmpty() && geneFilter.contains(v.gene.hgncId.toUpper())) ||
                        (!v.gene.ensemblId.isEmpty() && geneFilter.contains(v.gene.ensemblId.toUpper())) ||
                        (!v.gene.entrezId.isEmpty() && geneFilter.contains(v.gene.entrezId));
                    if (!match) {
                        ++result.filtered;
                        continue;
                    }
                }
                if (ann.term.isValid()) {
                    v.consequenceId = ann.term.id;
                    v.consequenceLabel = ann.term.name;
                }
                v.hgvsC = ann.hgvsC;
                v.hgvsP = ann.hgvsP;
                ++result.imported;
                sink(std::move(v));
            }
        }
        if (m_options.progress && !m_options.progress(m_total, m_total)) {
            throw FormatError(m_path, QString(), QString(), VcfReader::tr("import cancelled"));
        }
        qCDebug(lcFormats) << "vcf" << m_path << result.records << "records," << result.imported
                           << "variants";
        return result;
    }

private:
    qint64 position() const
    {
        htsFile* fp = m_fp.get();
        if (fp->format.compression != no_compression) {
            return qint64(bgzf_tell(fp->fp.bgzf) >> 16);
        }
        return qint64(htell(fp->fp.hfile));
    }

    QString m_path;
    const VcfReadOptions& m_options;
    std::unique_ptr<htsFile, HtsCloser> m_fp;
    std::unique_ptr<bcf_hdr_t, HtsCloser> m_hdr;
    QStringList m_samples;
    qint64 m_record = 0;
    qint64 m_total = 0;
};

} // namespace

QStringList VcfReader::samples(const QString& path)
{
    VcfReadOptions none;
    Reader r(path, none);
    r.open();
    return r.samples();
}

VcfReadResult VcfReader::read(const QString& path, const VcfReadOptions& options,
                              const std::function<void(Variant&&)>& sink)
{
    Reader r(path, options);
    r.open();
    return r.run(sink);
}

VcfReadResult VcfReader::readFile(const QString& path, const VcfReadOptions& options)
{
    QList<Variant> variants;
    VcfReadResult result = read(path, options, [&](Variant&& v) { variants.append(std::move(v)); });
    result.variants = std::move(variants);
    return result;
}
