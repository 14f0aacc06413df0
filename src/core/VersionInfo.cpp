#include "VersionInfo.h"

#include "core/BuildConfig.h"
#include "DataPaths.h"

#include <QFile>
#include <QTextStream>

#include <zlib.h>

namespace {
// Reads the "data-version:" header of hp.obo(.gz) without loading the ontology.
QString hpoRelease()
{
    const QString dir = DataPaths::hpoDir();
    for (const QString& name : {QStringLiteral("/hp.obo.gz"), QStringLiteral("/hp.obo")}) {
        const QByteArray path = QFile::encodeName(dir + name);
        gzFile f = gzopen(path.constData(), "rb");
        if (!f) {
            continue;
        }
        char line[512];
        QString version;
        for (int i = 0; i < 40 && gzgets(f, line, sizeof line); ++i) {
            const QByteArray l = QByteArray(line).trimmed();
            if (l.startsWith("data-version:")) {
                version = QString::fromUtf8(l.mid(13)).trimmed();
                version.remove(QStringLiteral("hp/releases/"));
                break;
            }
            if (l.startsWith("[Term]")) {
                break;
            }
        }
        gzclose(f);
        if (!version.isEmpty()) {
            return version;
        }
    }
    return {};
}
} // namespace

namespace VersionInfo {

QString text(const QString& executableName)
{
    QString t = executableName + QStringLiteral(" ") + QStringLiteral(MATCHDESK_VERSION) + QLatin1Char('\n');
    const QString hpo = hpoRelease();
    t += hpo.isEmpty() ? QStringLiteral("HPO: not found in %1\n").arg(DataPaths::hpoDir())
                       : QStringLiteral("HPO release %1 (Human Phenotype Ontology, hpo.jax.org)\n").arg(hpo);
    return t;
}

} // namespace VersionInfo
