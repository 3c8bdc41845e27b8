package nl.werkbank.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 client that sends exactly the bytes it is given (target, header values, body; one
 * chunk when the headers say {@code Transfer-Encoding: chunked}), so a
 * test can send what ordinary clients refuse to: unencoded characters in the target, header values
 * of any length and number, bodies that are not what their Content-Type says. It keeps one
 * connection alive and opens a new one when the server closed it.
 */
public final class RawHttp implements AutoCloseable {

    /** A request as it goes over the wire; Content-Length is added from the body. */
    public record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {}

    /** The answer; status 0 when the server closed the connection without one. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends the request; a connection the server had closed in between is reopened once. */
    public Answer send(Request request) {
        byte[] bytes = encode(request);
        boolean reused = socket != null;
        try {
            return exchange(bytes);
        } catch (IOException first) {
            closeQuietly();
            if (!reused) {
                return new Answer(0, Map.of(), first.toString().getBytes(StandardCharsets.UTF_8));
            }
            try {
                return exchange(bytes);
            } catch (IOException second) {
                closeQuietly();
                return new Answer(0, Map.of(), second.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Answer exchange(byte[] bytes) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException unsent) {
            // a server refusing an oversized body answers and closes before the rest is sent
            socket.shutdownOutput();
        }
        String statusLine = readLine();
        if (statusLine == null) {
            throw new IOException("closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new java.util.HashMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.merge(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = new byte[0];
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            closeQuietly();
        }
        return new Answer(status, headers, body);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            if (size == null) {
                throw new IOException("closed inside a chunked body");
            }
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                for (String trailer = readLine(); trailer != null && !trailer.isEmpty(); trailer = readLine()) {
                    // trailers carry nothing this client needs
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine();
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] encode(Request request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + request.body().length);
        List<Map.Entry<String, String>> headers = new ArrayList<>(request.headers());
        headers.add(0, Map.entry("Host", host + ":" + port));
        boolean chunked = headers.stream()
                .anyMatch(h -> h.getKey().equalsIgnoreCase("Transfer-Encoding")
                        && h.getValue().equalsIgnoreCase("chunked"));
        if (!chunked && (request.body().length > 0 || !request.method().equals("GET"))) {
            headers.add(Map.entry("Content-Length", Integer.toString(request.body().length)));
        }
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("\r\n");
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (chunked) {
            bytes.writeBytes((Integer.toHexString(request.body().length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(request.body());
            bytes.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            bytes.writeBytes(request.body());
        }
        return bytes.toByteArray();
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                socket = null;
            }
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
