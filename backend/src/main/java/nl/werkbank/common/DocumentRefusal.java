package nl.werkbank.common;

import nl.werkbank.common.problem.FieldCode;

/** S-4: why an uploaded document's content was refused, before the form field is known. */
record DocumentRefusal(FieldCode code, Text reason) {

    static DocumentRefusal activeContent(String en, String nl) {
        return new DocumentRefusal(FieldCode.ACTIVE_CONTENT, Text.of(en, nl));
    }

    static DocumentRefusal unreadable(String en, String nl) {
        return new DocumentRefusal(FieldCode.FILE_TYPE, Text.of(en, nl));
    }
}
