package nl.werkbank.testing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small real SMTP server for tests (outside the product): it answers RCPT TO for the addresses
 * a test names with the reply the test chooses (550 user unknown, 450 try later), accepts every
 * other recipient and keeps each message's raw bytes exactly as they arrived (for DKIM checks).
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    /** One accepted message: its envelope recipients and its content as sent (dot-unstuffed, CRLF). */
    public record Received(List<String> recipients, byte[] raw) {
        public String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    private final ServerSocket server;
    private final Map<String, String> replies = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public ScriptedSmtpServer(int port) {
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = Thread.ofPlatform().daemon().start(this::accept);
    }

    /** From now on, RCPT TO this address (any case) is answered with this reply line. */
    public void reply(String address, String replyLine) {
        replies.put(address.toLowerCase(Locale.ROOT), replyLine);
    }

    public void acceptAgain(String address) {
        replies.remove(address.toLowerCase(Locale.ROOT));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedFor(String address) {
        return received.stream()
                .filter(m -> m.recipients().contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Stops listening and drops the open connections, as a server that goes down does. */
    @Override
    public void close() {
        try {
            server.close();
            for (Socket connection : connections) {
                connection.close();
            }
        } catch (IOException ignored) {
            // a socket that fails to close is closed as far as this server is concerned
        }
        acceptor.interrupt();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.add(socket);
                Thread.ofPlatform().daemon().start(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = socket.getOutputStream()) {
            send(out, "220 scripted.test ESMTP");
            List<String> recipients = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    send(out, "250 scripted.test");
                } else if (command.startsWith("MAIL FROM:")) {
                    recipients.clear();
                    send(out, "250 2.1.0 OK");
                } else if (command.startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))
                            .toLowerCase(Locale.ROOT);
                    String reply = replies.get(address);
                    if (reply == null) {
                        recipients.add(address);
                        send(out, "250 2.1.5 OK");
                    } else {
                        send(out, reply);
                    }
                } else if (command.equals("DATA")) {
                    send(out, "354 end with <CRLF>.<CRLF>");
                    received.add(new Received(List.copyOf(recipients), readData(in)));
                    send(out, "250 2.0.0 queued");
                } else if (command.equals("QUIT")) {
                    send(out, "221 2.0.0 bye");
                    return;
                } else if (command.equals("RSET") || command.equals("NOOP")) {
                    send(out, "250 2.0.0 OK");
                } else {
                    send(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException dropped) {
            // the client went away; what it completed was recorded
        }
    }

    private static byte[] readData(BufferedReader in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            String unstuffed = line.startsWith(".") ? line.substring(1) : line;
            data.writeBytes((unstuffed + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return data.toByteArray();
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
