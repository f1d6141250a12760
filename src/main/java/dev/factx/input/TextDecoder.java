package dev.factx.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns raw bytes into article text, refusing what is not UTF-8 text. */
final class TextDecoder {
    private static final int BINARY_PROBE = 8192;

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException("empty", "the file is empty");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new DocumentException("binary",
                        "binary data (a NUL byte at offset " + i + "); factx reads UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException("invalid-utf8",
                    "not valid UTF-8 text; convert it first, e.g. iconv -f latin1 -t utf-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DocumentException("empty", "the file holds only white space");
        }
        return text;
    }
}
