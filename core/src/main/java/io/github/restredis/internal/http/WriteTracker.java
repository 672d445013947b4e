package io.github.restredis.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Records whether a request started being written, which decides if a failure is certain (nothing
 * reached the server: always safe to retry) or uncertain, and when connections were taken and
 * given back (see {@link IdleConnections}). Forwards every event to the caller's own listener, so
 * deriving our client from theirs loses nothing.
 */
final class WriteTracker extends EventListener {
  /** The caller's listener; never another tracker (tests check that none is wrapped twice). */
  final EventListener delegate;
  private final IdleConnections idle;

  WriteTracker(EventListener delegate, IdleConnections idle) {
    this.delegate = delegate;
    this.idle = idle;
  }

  static EventListener.Factory factory(EventListener.Factory userFactory, IdleConnections idle) {
    return call -> new WriteTracker(userFactory.create(call), idle);
  }

  private static void mark(Call call) {
    WriteMark mark = call.request().tag(WriteMark.class);
    if (mark != null) {
      mark.started = true;
    }
  }

  @Override public void requestHeadersStart(Call call) {
    mark(call);
    delegate.requestHeadersStart(call);
  }

  @Override public void callStart(Call call) { delegate.callStart(call); }
  @Override public void proxySelectStart(Call call, HttpUrl url) { delegate.proxySelectStart(call, url); }
  @Override public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) { delegate.proxySelectEnd(call, url, proxies); }
  @Override public void dnsStart(Call call, String domainName) { delegate.dnsStart(call, domainName); }
  @Override public void dnsEnd(Call call, String domainName, List<InetAddress> list) { delegate.dnsEnd(call, domainName, list); }
  @Override public void connectStart(Call call, InetSocketAddress address, Proxy proxy) { delegate.connectStart(call, address, proxy); }
  @Override public void secureConnectStart(Call call) { delegate.secureConnectStart(call); }
  @Override public void secureConnectEnd(Call call, @Nullable Handshake handshake) { delegate.secureConnectEnd(call, handshake); }
  @Override public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, @Nullable Protocol protocol) { delegate.connectEnd(call, address, proxy, protocol); }
  @Override public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, @Nullable Protocol protocol, IOException ioe) { delegate.connectFailed(call, address, proxy, protocol, ioe); }
  @Override public void connectionAcquired(Call call, Connection connection) {
    idle.acquired(connection);
    delegate.connectionAcquired(call, connection);
  }

  @Override public void connectionReleased(Call call, Connection connection) {
    idle.released(connection);
    delegate.connectionReleased(call, connection);
  }

  @Override public void requestHeadersEnd(Call call, Request request) { delegate.requestHeadersEnd(call, request); }
  @Override public void requestBodyStart(Call call) { delegate.requestBodyStart(call); }
  @Override public void requestBodyEnd(Call call, long byteCount) { delegate.requestBodyEnd(call, byteCount); }
  @Override public void requestFailed(Call call, IOException ioe) { delegate.requestFailed(call, ioe); }
  @Override public void responseHeadersStart(Call call) { delegate.responseHeadersStart(call); }
  @Override public void responseHeadersEnd(Call call, Response response) { delegate.responseHeadersEnd(call, response); }
  @Override public void responseBodyStart(Call call) { delegate.responseBodyStart(call); }
  @Override public void responseBodyEnd(Call call, long byteCount) { delegate.responseBodyEnd(call, byteCount); }
  @Override public void responseFailed(Call call, IOException ioe) { delegate.responseFailed(call, ioe); }
  @Override public void callEnd(Call call) { delegate.callEnd(call); }
  @Override public void callFailed(Call call, IOException ioe) { delegate.callFailed(call, ioe); }
  @Override public void canceled(Call call) { delegate.canceled(call); }
  @Override public void satisfactionFailure(Call call, Response response) { delegate.satisfactionFailure(call, response); }
  @Override public void cacheHit(Call call, Response response) { delegate.cacheHit(call, response); }
  @Override public void cacheMiss(Call call) { delegate.cacheMiss(call); }
  @Override public void cacheConditionalHit(Call call, Response cachedResponse) { delegate.cacheConditionalHit(call, cachedResponse); }
}
