#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

// libcurl transport: one curl multi handle driven by a dedicated worker thread (curl_multi_poll,
// woken by curl_multi_wakeup), so no network work ever runs on the caller's thread. Requests may be
// submitted from any thread; each completion is delivered exactly once through the event loop of
// the given context object's thread (unless cancelled first). Connections are reused and HTTP/2 is
// negotiated (ALPN) where the server offers it. TLS peer and host verification are always on;
// http:// is refused except to loopback; redirects are never followed; responses are capped.
class CurlTransport
{
    Q_DECLARE_TR_FUNCTIONS(CurlTransport)

public:
    using Callback = std::function<void(const HttpResponse&)>;

    CurlTransport();
    ~CurlTransport(); // cancels every pending request and joins the worker
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    // The application-wide transport (one connection pool), created on first use.
    static CurlTransport& shared();

    // Submits a request; returns its id (never 0). `done` runs in `context`'s thread. When the
    // request is refused by policy, `done` still runs later with Error::Refused. Destroying
    // `context` cancels the request.
    quint64 send(const HttpRequest& request, QObject* context, Callback done);
    // After cancel() returns, the request's callback will not run. Unknown ids are ignored.
    void cancel(quint64 id);

    // The URL policy: https://, or http:// to a loopback host (127.0.0.0/8, ::1, localhost).
    static bool isAllowedUrl(const QUrl& url, QString* why = nullptr);
    // Version string of the linked libcurl and TLS backend, e.g. "libcurl/7.88.1 GnuTLS/3.7.9
    // nghttp2/1.52.0".
    static QString libraryVersion();

    int pendingCount() const;

    struct Job; // implementation detail (CurlTransport.cpp)

private:
    void workerLoop();
    void deliver(const std::shared_ptr<Job>& job, HttpResponse response);

    void* m_multi = nullptr; // CURLM*
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;
    quint64 m_nextId = 1;
    QHash<quint64, std::shared_ptr<Job>> m_jobs; // submitted, not yet delivered
    QList<std::shared_ptr<Job>> m_incoming;      // not yet added to the multi handle
    QList<std::shared_ptr<Job>> m_cancelled;     // to remove from the multi handle
};
