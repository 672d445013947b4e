package io.github.restredis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 proxy in front of a real server that injects faults into the requests it
 * relays: one queued {@link Fault} per arriving request, in arrival order; requests with no fault
 * queued pass through. It understands just enough HTTP/1.1 for our client and the local server (a
 * head ending in an empty line, a body framed by {@code Content-Length}); each relayed request
 * uses a fresh upstream connection, so a fault never leaves the server in an odd state.
 *
 * <p>Faults that happen after the request was relayed ({@link Action#LOSE_RESPONSE}, {@link
 * Action#CUT_RESPONSE}, 5xx, bad bodies…) hit a command the server has applied: the test can count
 * how often it really ran.
 */
final class FaultProxy implements AutoCloseable {
  /** What happens to one request. */
  enum Action {
    /** Relayed both ways. */
    PASS,
    /** The connection is reset (RST) as soon as the request head arrives; nothing is relayed. */
    RESET_ON_ARRIVAL,
    /** The whole request is read, then the connection is reset; nothing is relayed. */
    RESET_AFTER_REQUEST,
    /** Relayed, the server answers, then the client's connection is reset instead. */
    LOSE_RESPONSE,
    /** Relayed; the client gets the head and half the body, then the connection closes. */
    CUT_RESPONSE,
    /** Relayed; the client gets the head and half the body, then nothing more. */
    STALL_HALFWAY,
    /** Relayed; the answer is held back for {@link Fault#delayMillis()}. */
    DELAY_RESPONSE,
    /** Relayed; the client gets {@link Fault#status()} with a text body instead of the answer. */
    STATUS,
    /** Relayed; the client gets a 200 whose body {@link Fault#body()} makes from the path. */
    REPLACE_BODY
  }

  /**
   * One fault.
   *
   * @param action what happens
   * @param status the status of {@link Action#STATUS}
   * @param body the replacement body of {@link Action#REPLACE_BODY} (from the request path) or
   *     the text of {@link Action#STATUS}
   * @param delayMillis how long {@link Action#DELAY_RESPONSE} holds the answer
   */
  record Fault(Action action, int status, Function<String, String> body, long delayMillis) {
    static Fault of(Action action) {
      return new Fault(action, 0, path -> "", 0);
    }

    static Fault status(int status) {
      return new Fault(Action.STATUS, status, path -> "injected " + status, 0);
    }

    static Fault body(Function<String, String> body) {
      return new Fault(Action.REPLACE_BODY, 200, body, 0);
    }

    static Fault delay(long millis) {
      return new Fault(Action.DELAY_RESPONSE, 0, path -> "", millis);
    }
  }

  /** How a {@linkplain #forgetConnections forgotten} connection meets the client's next request. */
  enum Forget {
    /** Reset (RST), as a server or a NAT answers a segment of a connection it no longer knows. */
    RESET,
    /** Swallowed with no answer, as a firewall that dropped the connection's state does. */
    SILENCE
  }

  private final ServerSocket listener;
  private final String upstreamHost;
  private final int upstreamPort;
  private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Map<Socket, Forget> forgotten = new ConcurrentHashMap<>();
  private final Semaphore arrivals = new Semaphore(0);
  private volatile CountDownLatch hold; // for the next request to arrive
  private volatile CountDownLatch held = new CountDownLatch(0); // what release() opens
  private volatile CountDownLatch holding = new CountDownLatch(0); // what releaseAll() opens
  /** Client connections accepted. */
  final AtomicInteger connections = new AtomicInteger();
  /** Requests that arrived (their head was read). */
  final AtomicInteger requests = new AtomicInteger();
  /** Requests relayed to the server, whatever happened to the answer. */
  final AtomicInteger relayed = new AtomicInteger();
  /** Requests that arrived on a forgotten connection: reset or swallowed, never relayed. */
  final AtomicInteger forgottenRequests = new AtomicInteger();

  FaultProxy(String upstreamUrl) throws IOException {
    URI upstream = URI.create(upstreamUrl);
    this.upstreamHost = upstream.getHost();
    this.upstreamPort = upstream.getPort();
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "fault-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** Queues faults for the next arriving requests, one each. */
  FaultProxy inject(Fault... next) {
    for (Fault f : next) {
      faults.add(Objects.requireNonNull(f));
    }
    return this;
  }

  /** Queues {@code n} copies of {@code fault}. */
  FaultProxy inject(int n, Fault fault) {
    for (int i = 0; i < n; i++) {
      faults.add(fault);
    }
    return this;
  }

  /** Drops queued faults that no request consumed. */
  void clearFaults() {
    faults.clear();
  }

  /**
   * Holds the next arriving request until {@link #release()}; it is then relayed, and its
   * connection closed after the answer ({@code Connection: close}), so the next request opens a
   * new one.
   */
  void holdNext() {
    held = new CountDownLatch(1);
    hold = held;
  }

  void release() {
    held.countDown();
  }

  /**
   * Holds every request arriving from now on, each on its connection kept alive, until {@link
   * #releaseAll()}; then they are relayed as usual.
   */
  void holdAll() {
    holding = new CountDownLatch(1);
  }

  void releaseAll() {
    holding.countDown();
  }

  /**
   * Forgets every client connection open now, as a server, a load balancer or a NAT forgets a
   * connection while the client's container is frozen: the client is sent nothing now (no FIN,
   * no RST, so its pool still holds a connection that looks healthy), and a request arriving
   * later on such a connection is never relayed: it is met as {@code how} says. Connections
   * opened afterwards are served as usual.
   */
  void forgetConnections(Forget how) {
    for (Socket socket : open) {
      forgotten.put(socket, how);
    }
  }

  /** Waits until {@code n} more requests have arrived since the last call. */
  void awaitArrivals(int n) throws InterruptedException {
    if (!arrivals.tryAcquire(n, 20, TimeUnit.SECONDS)) {
      throw new AssertionError("fewer than " + n + " requests arrived at the proxy");
    }
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        return;
      }
      connections.incrementAndGet();
      open.add(client);
      Thread t = new Thread(() -> serve(client), "fault-proxy-connection");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      while (true) {
        byte[] head = readHead(in);
        if (head == null) {
          return; // the client closed its idle connection
        }
        Forget forget = forgotten.get(client);
        if (forget != null) {
          forgottenRequests.incrementAndGet();
          if (forget == Forget.RESET) {
            reset(client);
          } else {
            while (in.read() != -1) {
              // swallowed until the client gives up and closes its end
            }
          }
          return;
        }
        requests.incrementAndGet();
        Fault fault = faults.poll();
        CountDownLatch gate = hold;
        hold = null;
        CountDownLatch all = holding;
        arrivals.release();
        Action action = fault == null ? Action.PASS : fault.action();
        if (action == Action.RESET_ON_ARRIVAL) {
          reset(client);
          return;
        }
        byte[] body = in.readNBytes(contentLength(head));
        if (action == Action.RESET_AFTER_REQUEST) {
          reset(client);
          return;
        }
        if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
          return;
        }
        if (!all.await(30, TimeUnit.SECONDS)) {
          return;
        }
        byte[][] answer = relay(head, body);
        relayed.incrementAndGet();
        if (!respond(client, out, fault, action, path(head), answer, gate != null)) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // The client went away, or the proxy is closing: nothing to relay any more.
    } finally {
      open.remove(client);
      forgotten.remove(client);
    }
  }

  /** Sends the (possibly faulty) answer; false when the connection is done. */
  private boolean respond(Socket client, OutputStream out, Fault fault, Action action, String path,
      byte[][] answer, boolean close) throws IOException, InterruptedException {
    byte[] head = answer[0];
    byte[] body = answer[1];
    switch (action) {
      case LOSE_RESPONSE:
        reset(client);
        return false;
      case CUT_RESPONSE:
      case STALL_HALFWAY:
        out.write(head);
        out.write(body, 0, body.length / 2);
        out.flush();
        if (action == Action.STALL_HALFWAY) {
          // Until the client gives up and closes its end.
          while (client.getInputStream().read() != -1) {
            // nothing else is expected
          }
        }
        return false;
      case DELAY_RESPONSE:
        Thread.sleep(fault.delayMillis());
        out.write(withConnectionClose(head));
        out.write(body);
        out.flush();
        return false;
      case STATUS:
      case REPLACE_BODY:
        byte[] text = fault.body().apply(path).getBytes(StandardCharsets.UTF_8);
        String type = action == Action.STATUS ? "text/plain" : "application/json";
        out.write(("HTTP/1.1 " + (action == Action.STATUS ? fault.status() : 200) + " Injected\r\n"
            + "Content-Type: " + type + "\r\nContent-Length: " + text.length + "\r\n"
            + (close ? "Connection: close\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(text);
        out.flush();
        return !close;
      default:
        out.write(close ? withConnectionClose(head) : head);
        out.write(body);
        out.flush();
        return !close;
    }
  }

  /** Sends the request to the server on a new connection; {@return its answer's head and body} */
  private byte[][] relay(byte[] head, byte[] body) throws IOException {
    try (Socket upstream = new Socket(upstreamHost, upstreamPort)) {
      OutputStream up = upstream.getOutputStream();
      up.write(head);
      up.write(body);
      up.flush();
      InputStream in = new BufferedInputStream(upstream.getInputStream());
      byte[] answerHead = readHead(in);
      if (answerHead == null) {
        throw new EOFException("the server closed without answering");
      }
      return new byte[][] {answerHead, in.readNBytes(contentLength(answerHead))};
    }
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0); // close() then sends RST instead of FIN
    socket.close();
  }

  /** {@return the head up to and including its empty line, or null at end of stream before it} */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b == -1) {
        if (head.size() == 0) {
          return null;
        }
        throw new EOFException("end of stream inside a head");
      }
      head.write(b);
      matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
          ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static int contentLength(byte[] head) throws IOException {
    for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
      if (lower.startsWith("transfer-encoding:")) {
        throw new IOException("FaultProxy does not relay chunked bodies");
      }
    }
    return 0;
  }

  private static String path(byte[] head) {
    String requestLine = new String(head, StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
    String[] parts = requestLine.split(" ");
    return parts.length > 1 ? parts[1] : "/";
  }

  private static byte[] withConnectionClose(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    return (text.substring(0, text.length() - 2) + "Connection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    listener.close();
    release();
    for (Socket s : open) {
      s.close();
    }
  }
}
