#include "NodeRequestParser.h"

#include "core/GeneCatalog.h"
#include "core/Zygosity.h"
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
#include "matching/HpoOntology.h"
#endif

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NodeRequestParser", text);
}

struct Invalid
{
    QString field;
    QString message;
};

const QRegularExpression& re(const char* pattern)
{
    // Patterns are string literals; one compiled expression per literal.
    static thread_local QHash<const char*, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    }
    return *it;
}

bool matches(const char* pattern, const QString& s)
{
    return re(pattern).match(s).hasMatch();
}

class Reader
{
public:
    Reader(const GeneCatalog* catalog, const HpoOntology* ontology)
        : m_catalog(catalog)
        , m_ontology(ontology)
    {}

    [[noreturn]] static void fail(const QString& field, const QString& message)
    {
        throw Invalid{field, field + QStringLiteral(": ") + message};
    }

    static QString string(const QJsonObject& o, const QString& key, const QString& path, bool required,
                          int maxUtf8 = 0)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(path, tr("is mandatory"));
            }
            return {};
        }
        if (!v.isString()) {
            fail(path, tr("must be a string"));
        }
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty()) {
            fail(path, tr("must not be empty"));
        }
        if (maxUtf8 > 0 && s.toUtf8().size() > maxUtf8) {
            fail(path, tr("is longer than %1 bytes").arg(maxUtf8));
        }
        return s;
    }

    static QJsonArray array(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray()) {
            fail(path, tr("must be an array"));
        }
        return v.toArray();
    }

    static QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject()) {
            fail(path, tr("must be an object"));
        }
        return v.toObject();
    }

    QString hpo(const QString& id, const QString& path) const
    {
        if (!matches("^HP:\\d{7}$", id)) {
            fail(path, tr("\"%1\" is not an HPO term id (HP:#######)").arg(id));
        }
#ifdef MATCHDESK_NODE_HAVE_ONTOLOGY
        if (m_ontology) {
            const int t = m_ontology->indexOf(id);
            if (t < 0) {
                fail(path, tr("\"%1\" is not a current HPO term").arg(id));
            }
            return m_ontology->id(t);
        }
#endif
        return id;
    }

    Gene gene(const QString& id, const QString& path) const
    {
        const bool ensembl = matches("^ENSG\\d{11}(\\.\\d+)?$", id);
        const bool entrez = matches("^\\d{1,9}$", id);
        const bool hgncId = matches("^HGNC:\\d+$", id);
        const bool symbol = matches("^[A-Za-z0-9][A-Za-z0-9@#._/-]{0,39}$", id);
        if (!ensembl && !entrez && !hgncId && !symbol) {
            fail(path, tr("\"%1\" is not an Ensembl gene id, Entrez id or HGNC symbol").arg(id));
        }
        Gene g;
        if (m_catalog && !m_catalog->isEmpty()) {
            const GeneCatalog::Lookup l = m_catalog->lookup(id);
            if (l.found()) {
                return l.gene;
            }
            if (!l.ambiguous()) {
                fail(path, tr("\"%1\" is not a known gene (HGNC)").arg(id));
            }
        }
        if (ensembl) {
            g.ensemblId = id.section(QLatin1Char('.'), 0, 0);
        } else if (entrez) {
            g.entrezId = id;
        } else if (hgncId) {
            g.hgncId = id;
        } else {
            g.symbol = id.toUpper();
        }
        return g;
    }

    Patient patient(const QJsonObject& p, QString* id, bool* test) const
    {
        Patient out;
        *id = string(p, QStringLiteral("id"), QStringLiteral("patient.id"), true, 255);
        out.localId = *id;
        string(p, QStringLiteral("label"), QStringLiteral("patient.label"), false, 255);

        const QJsonValue testValue = p.value(QStringLiteral("test"));
        if (!testValue.isUndefined() && !testValue.isNull() && !testValue.isBool()) {
            fail(QStringLiteral("patient.test"), tr("must be true or false"));
        }
        *test = testValue.toBool(false);

        const QJsonValue contactValue = p.value(QStringLiteral("contact"));
        if (contactValue.isUndefined() || contactValue.isNull()) {
            fail(QStringLiteral("patient.contact"), tr("is mandatory"));
        }
        const QJsonObject c = object(contactValue, QStringLiteral("patient.contact"));
        out.contact.name =
            string(c, QStringLiteral("name"), QStringLiteral("patient.contact.name"), true, 255);
        out.contact.institution = string(c, QStringLiteral("institution"),
                                         QStringLiteral("patient.contact.institution"), false, 255);
        out.contact.href = string(c, QStringLiteral("href"), QStringLiteral("patient.contact.href"), true);
        if (!matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$", out.contact.href)) {
            fail(QStringLiteral("patient.contact.href"), tr("must be a URL of the form <scheme>:<address>"));
        }
        const QJsonValue email = c.value(QStringLiteral("email"));
        if (email.isString()) {
            out.contact.email = email.toString();
        } else if (!email.isUndefined() && !email.isNull() && !email.isArray()) {
            fail(QStringLiteral("patient.contact.email"), tr("must be a string"));
        }
        const QJsonArray roles = array(c, QStringLiteral("roles"), QStringLiteral("patient.contact.roles"));
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const QString r = roles[i].toString();
            if (r != QLatin1String("clinician") && r != QLatin1String("researcher") &&
                r != QLatin1String("patient")) {
                fail(QStringLiteral("patient.contact.roles[%1]").arg(i),
                     tr("must be one of clinician, researcher, patient"));
            }
            out.contact.roles << r;
        }

        const QString species =
            string(p, QStringLiteral("species"), QStringLiteral("patient.species"), false);
        if (!species.isEmpty() && !matches("^NCBITaxon:\\d+$", species)) {
            fail(QStringLiteral("patient.species"), tr("must be NCBITaxon:<id>"));
        }
        const QString sex = string(p, QStringLiteral("sex"), QStringLiteral("patient.sex"), false);
        if (sex == QLatin1String("FEMALE")) {
            out.sex = Sex::Female;
        } else if (sex == QLatin1String("MALE")) {
            out.sex = Sex::Male;
        } else if (sex == QLatin1String("OTHER") || sex == QLatin1String("MIXED_SAMPLE") ||
                   sex == QLatin1String("NOT_APPLICABLE")) {
            out.sex = Sex::Other;
        } else if (!sex.isEmpty()) {
            fail(QStringLiteral("patient.sex"),
                 tr("must be FEMALE, MALE, OTHER, MIXED_SAMPLE or NOT_APPLICABLE"));
        }
        static const QStringList onsets{
            QStringLiteral("HP:0003577"), QStringLiteral("HP:0011460"), QStringLiteral("HP:0011461"),
            QStringLiteral("HP:0003623"), QStringLiteral("HP:0003593"), QStringLiteral("HP:0011463"),
            QStringLiteral("HP:0003621"), QStringLiteral("HP:0003581"), QStringLiteral("HP:0011462"),
            QStringLiteral("HP:0003596"), QStringLiteral("HP:0003584")};
        out.ageOfOnsetId =
            string(p, QStringLiteral("ageOfOnset"), QStringLiteral("patient.ageOfOnset"), false);
        if (!out.ageOfOnsetId.isEmpty() && !onsets.contains(out.ageOfOnsetId)) {
            fail(QStringLiteral("patient.ageOfOnset"),
                 tr("\"%1\" is not an HPO onset class").arg(out.ageOfOnsetId));
        }
        out.inheritanceModeId =
            string(p, QStringLiteral("inheritanceMode"), QStringLiteral("patient.inheritanceMode"), false);
        if (!out.inheritanceModeId.isEmpty()) {
            hpo(out.inheritanceModeId, QStringLiteral("patient.inheritanceMode"));
        }

        const QJsonArray disorders =
            array(p, QStringLiteral("disorders"), QStringLiteral("patient.disorders"));
        for (qsizetype i = 0; i < disorders.size(); ++i) {
            const QString path = QStringLiteral("patient.disorders[%1]").arg(i);
            const QJsonObject d = object(disorders[i], path);
            Disorder dis;
            dis.id = string(d, QStringLiteral("id"), path + QStringLiteral(".id"), true);
            if (!matches("^[A-Za-z][A-Za-z0-9_]*:\\S+$", dis.id)) {
                fail(path + QStringLiteral(".id"),
                     tr("must be MIM:######, Orphanet:##### or another prefixed id"));
            }
            if (dis.id.startsWith(QLatin1String("MIM:"))) {
                dis.id = QStringLiteral("OMIM:") + dis.id.mid(4);
            } else if (dis.id.startsWith(QLatin1String("Orphanet:"))) {
                dis.id = QStringLiteral("ORPHA:") + dis.id.mid(9);
            }
            dis.label = string(d, QStringLiteral("label"), path + QStringLiteral(".label"), false);
            out.disorders << dis;
        }

        const QJsonArray features = array(p, QStringLiteral("features"), QStringLiteral("patient.features"));
        for (qsizetype i = 0; i < features.size(); ++i) {
            const QString path = QStringLiteral("patient.features[%1]").arg(i);
            const QJsonObject f = object(features[i], path);
            PhenotypeFeature pf;
            pf.termId = hpo(string(f, QStringLiteral("id"), path + QStringLiteral(".id"), true),
                            path + QStringLiteral(".id"));
            pf.label = string(f, QStringLiteral("label"), path + QStringLiteral(".label"), false);
            const QString observed =
                string(f, QStringLiteral("observed"), path + QStringLiteral(".observed"), false);
            if (!observed.isEmpty() && observed != QLatin1String("yes") && observed != QLatin1String("no")) {
                fail(path + QStringLiteral(".observed"), tr("must be \"yes\" or \"no\""));
            }
            pf.excluded = observed == QLatin1String("no");
            pf.onsetTermId =
                string(f, QStringLiteral("ageOfOnset"), path + QStringLiteral(".ageOfOnset"), false);
            out.features << pf;
        }

        const QJsonArray genomic =
            array(p, QStringLiteral("genomicFeatures"), QStringLiteral("patient.genomicFeatures"));
        for (qsizetype i = 0; i < genomic.size(); ++i) {
            const QString path = QStringLiteral("patient.genomicFeatures[%1]").arg(i);
            const QJsonObject gf = object(genomic[i], path);
            const QJsonValue geneValue = gf.value(QStringLiteral("gene"));
            if (geneValue.isUndefined() || geneValue.isNull()) {
                fail(path + QStringLiteral(".gene"), tr("is mandatory"));
            }
            const QJsonObject g = object(geneValue, path + QStringLiteral(".gene"));
            Variant v;
            v.gene = gene(string(g, QStringLiteral("id"), path + QStringLiteral(".gene.id"), true),
                          path + QStringLiteral(".gene.id"));
            const QJsonValue variantValue = gf.value(QStringLiteral("variant"));
            if (!variantValue.isUndefined() && !variantValue.isNull()) {
                const QString vp = path + QStringLiteral(".variant");
                const QJsonObject var = object(variantValue, vp);
                const QString assembly =
                    string(var, QStringLiteral("assembly"), vp + QStringLiteral(".assembly"), true);
                if (!matches("^(NCBI36|GRCh37|GRCh38)(\\.p\\d+)?$", assembly)) {
                    fail(vp + QStringLiteral(".assembly"),
                         tr("must be NCBI36, GRCh37 or GRCh38 (optionally .pN)"));
                }
                v.assembly = assembly.section(QLatin1Char('.'), 0, 0);
                v.chromosome =
                    string(var, QStringLiteral("referenceName"), vp + QStringLiteral(".referenceName"), true);
                if (!matches("^([1-9]|1\\d|2[0-2]|X|Y)$", v.chromosome)) {
                    fail(vp + QStringLiteral(".referenceName"), tr("must be 1..22, X or Y"));
                }
                const qint64 start =
                    integer(var, QStringLiteral("start"), vp + QStringLiteral(".start"), true, 0);
                const qint64 end = integer(var, QStringLiteral("end"), vp + QStringLiteral(".end"), false, 0);
                if (var.contains(QStringLiteral("end")) && end < start) {
                    fail(vp + QStringLiteral(".end"), tr("must not be before start"));
                }
                v.position = start + 1; // MME is 0-based, the model is 1-based (VCF)
                v.ref = string(var, QStringLiteral("referenceBases"), vp + QStringLiteral(".referenceBases"),
                               false);
                v.alt = string(var, QStringLiteral("alternateBases"), vp + QStringLiteral(".alternateBases"),
                               false);
                if (!v.ref.isEmpty() && !matches("^[ACGTN]+$", v.ref)) {
                    fail(vp + QStringLiteral(".referenceBases"), tr("must be bases A, C, G, T or N"));
                }
                if (!v.alt.isEmpty() && !matches("^[ACGTN]+$", v.alt)) {
                    fail(vp + QStringLiteral(".alternateBases"), tr("must be bases A, C, G, T or N"));
                }
            }
            if (gf.contains(QStringLiteral("zygosity")) && !gf.value(QStringLiteral("zygosity")).isNull()) {
                const qint64 z =
                    integer(gf, QStringLiteral("zygosity"), path + QStringLiteral(".zygosity"), true, 1);
                if (z != 1 && z != 2) {
                    fail(path + QStringLiteral(".zygosity"),
                         tr("must be 1 (heterozygous/hemizygous) or 2 (homozygous)"));
                }
                v.zygosity = z == 2 ? Zygosity::Homozygous : Zygosity::Heterozygous;
            }
            const QJsonValue typeValue = gf.value(QStringLiteral("type"));
            if (!typeValue.isUndefined() && !typeValue.isNull()) {
                const QJsonObject t = object(typeValue, path + QStringLiteral(".type"));
                v.consequenceId = string(t, QStringLiteral("id"), path + QStringLiteral(".type.id"), true);
                if (!matches("^SO:\\d{7}$", v.consequenceId)) {
                    fail(path + QStringLiteral(".type.id"),
                         tr("must be a Sequence Ontology id (SO:#######)"));
                }
                v.consequenceLabel =
                    string(t, QStringLiteral("label"), path + QStringLiteral(".type.label"), false);
            }
            out.variants << v;
        }
        if (out.features.isEmpty() && out.variants.isEmpty()) {
            fail(QStringLiteral("patient.features"),
                 tr("at least one of features or genomicFeatures must be given and not empty"));
        }
        return out;
    }

    static qint64 integer(const QJsonObject& o, const QString& key, const QString& path, bool required,
                          qint64 min)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(path, tr("is mandatory"));
            }
            return min;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < double(min) || d > 9.0e15) {
            fail(path, tr("must be an integer not below %1").arg(min));
        }
        return qint64(d);
    }

private:
    const GeneCatalog* m_catalog;
    const HpoOntology* m_ontology;
};

} // namespace

NodeRequestParser::NodeRequestParser(const GeneCatalog* catalog, const HpoOntology* ontology)
    : m_catalog(catalog)
    , m_ontology(ontology)
{}

NodeRequestParser::Result NodeRequestParser::parse(const QByteArray& body) const
{
    Result r;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (doc.isNull()) {
        r.status = 400;
        r.message = tr("invalid JSON: %1 at offset %2").arg(err.errorString()).arg(err.offset);
        return r;
    }
    if (!doc.isObject()) {
        r.status = 422;
        r.field = QStringLiteral("(body)");
        r.message = tr("the request body must be a JSON object with a \"patient\"");
        return r;
    }
    return parse(doc.object());
}

NodeRequestParser::Result NodeRequestParser::parse(const QJsonObject& request) const
{
    Result r;
    try {
        const QJsonValue p = request.value(QStringLiteral("patient"));
        if (p.isUndefined() || p.isNull()) {
            Reader::fail(QStringLiteral("patient"), tr("is mandatory"));
        }
        for (const char* key : {"disclaimer", "terms"}) {
            const QJsonValue v = request.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() && !v.isString()) {
                Reader::fail(QLatin1String(key), tr("must be a string"));
            }
        }
        Reader reader(m_catalog, m_ontology);
        r.patient = reader.patient(Reader::object(p, QStringLiteral("patient")), &r.patientId, &r.test);
    } catch (const Invalid& e) {
        r.status = 422;
        r.field = e.field;
        r.message = e.message;
    }
    return r;
}
