#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTimer;

// One chip per queried node: a spinner while it runs, then its result count and latency or the
// error with its reason (in the tooltip and the accessible description). Running chips follow a
// language change; finished ones show the caller's text, which the caller sets again then.
class NodeStatusStrip : public QWidget
{
    Q_OBJECT

public:
    explicit NodeStatusStrip(QWidget* parent = nullptr);

    void start(const QStringList& nodeNames);
    void setRunning(const QString& nodeName);
    void setFinished(const QString& nodeName, bool ok, const QString& text, const QString& detail);
    void clear();
    QString chipText(const QString& nodeName) const;
    bool isRunning() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void animate();

    QHBoxLayout* m_layout;
    QHash<QString, QLabel*> m_chips;
    QHash<QString, bool> m_running;
    QTimer* m_spinner;
    int m_frame = 0;
};
