#include "NodeStatusStrip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace {
const QStringList& spinnerFrames()
{
    static const QStringList frames = {QStringLiteral("◐"), QStringLiteral("◓"), QStringLiteral("◑"),
                                       QStringLiteral("◒")};
    return frames;
}
} // namespace

NodeStatusStrip::NodeStatusStrip(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_spinner(new QTimer(this))
{
    setObjectName(QStringLiteral("nodeStatusStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, &NodeStatusStrip::animate);
}

void NodeStatusStrip::clear()
{
    for (QLabel* chip : std::as_const(m_chips)) {
        chip->deleteLater();
    }
    m_chips.clear();
    m_running.clear();
    m_spinner->stop();
}

void NodeStatusStrip::start(const QStringList& nodeNames)
{
    clear();
    for (const QString& name : nodeNames) {
        auto* chip = new QLabel(this);
        chip->setObjectName(QStringLiteral("nodeChip_") + name);
        chip->setTextFormat(Qt::PlainText);
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setMargin(3);
        m_layout->insertWidget(m_layout->count() - 1, chip);
        m_chips.insert(name, chip);
        setRunning(name);
    }
}

void NodeStatusStrip::setRunning(const QString& nodeName)
{
    if (QLabel* chip = m_chips.value(nodeName)) {
        m_running.insert(nodeName, true);
        chip->setText(tr("◐ %1 · waiting…").arg(nodeName));
        chip->setAccessibleName(tr("%1: waiting for the answer").arg(nodeName));
        chip->setStyleSheet(QString());
        m_spinner->start();
    }
}

void NodeStatusStrip::setFinished(const QString& nodeName, bool ok, const QString& text,
                                  const QString& detail)
{
    QLabel* chip = m_chips.value(nodeName);
    if (!chip) {
        return;
    }
    m_running.insert(nodeName, false);
    chip->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + tr("%1 · %2").arg(nodeName, text));
    chip->setToolTip(detail);
    chip->setAccessibleName(tr("%1: %2").arg(nodeName, text));
    chip->setAccessibleDescription(detail);
    chip->setStyleSheet(ok ? QStringLiteral("color: #1b7a3a") : QStringLiteral("color: #a01c1c"));
    if (!isRunning()) {
        m_spinner->stop();
    }
}

QString NodeStatusStrip::chipText(const QString& nodeName) const
{
    const QLabel* chip = m_chips.value(nodeName);
    return chip ? chip->text() : QString();
}

bool NodeStatusStrip::isRunning() const
{
    for (bool running : m_running) {
        if (running) {
            return true;
        }
    }
    return false;
}

void NodeStatusStrip::animate()
{
    m_frame = (m_frame + 1) % int(spinnerFrames().size());
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (m_running.value(it.key())) {
            it.value()->setText(tr("%1 %2 · waiting…").arg(spinnerFrames().at(m_frame), it.key()));
        }
    }
}

void NodeStatusStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
            if (m_running.value(it.key())) {
                it.value()->setText(tr("%1 %2 · waiting…").arg(spinnerFrames().at(m_frame), it.key()));
                it.value()->setAccessibleName(tr("%1: waiting for the answer").arg(it.key()));
            }
        }
    }
    QWidget::changeEvent(event);
}
