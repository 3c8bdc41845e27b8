package nl.werkbank.testing;

import java.util.List;
import java.util.function.Supplier;

/** S-4: every upload the document check must refuse, with the field code it must answer. */
public final class HostileDocuments {

    private HostileDocuments() {}

    /** One refused upload: its name in test reports, the name it is sent under, its bytes, the code. */
    public record Case(String name, String fileName, Supplier<byte[]> content, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Case> refused() {
        return List.of(
                pdf("PDF with JavaScript as open action", Pdfs::withOpenActionScript, "active-content"),
                pdf(
                        "PDF with JavaScript in a compressed object stream",
                        Pdfs::withOpenActionScriptInObjectStream,
                        "active-content"),
                pdf("PDF with document-level JavaScript (names tree)", Pdfs::withDocumentLevelScript, "active-content"),
                pdf("PDF with JavaScript on page open", Pdfs::withPageOpenScript, "active-content"),
                pdf("PDF with a JavaScript link annotation", Pdfs::withLinkScript, "active-content"),
                pdf("PDF with a JavaScript form field action", Pdfs::withFormFieldScript, "active-content"),
                pdf(
                        "PDF with JavaScript in an unreferenced object, names #-escaped",
                        Pdfs::withHiddenEscapedScript,
                        "active-content"),
                pdf("PDF with a launch action", Pdfs::withLaunchAction, "active-content"),
                pdf("PDF with a launch action named indirectly", Pdfs::withIndirectLaunchName, "active-content"),
                pdf("PDF with an embedded file (names tree)", Pdfs::withEmbeddedFile, "active-content"),
                pdf("PDF with a file attachment annotation", Pdfs::withFileAttachmentAnnotation, "active-content"),
                pdf("PDF that needs a password", Pdfs::withUserPassword, "encrypted"),
                pdf("PDF encrypted with only an owner password", Pdfs::withOwnerPasswordOnly, "encrypted"),
                pdf("PDF that does not parse", Pdfs::garbage, "file-type"),
                pdf("PDF nested 100,000 deep", Pdfs::withDeepNesting, "file-type"),
                pdf("PDF with a cross-reference stream bomb", Pdfs::withCrossReferenceBomb, "file-type"),
                docx("DOCX with a remote template", Docx::withRemoteTemplate, "active-content"),
                docx("DOCX with an external image", Docx::withExternalImage, "active-content"),
                docx("DOCX with a hyperlink to a file share", Docx::withFileShareHyperlink, "active-content"),
                docx("DOCX with an external OLE object", Docx::withExternalOleObject, "active-content"),
                docx("DOCX with an embedded OLE object", Docx::withOleObject, "active-content"),
                docx("DOCX with OLE object markup only", Docx::withOleMarkupOnly, "active-content"),
                docx("DOCX with an ActiveX control", Docx::withActiveX, "active-content"),
                docx("DOCX with a DDEAUTO field", Docx::withDdeField, "active-content"),
                docx(
                        "DOCX with a DDE field split across runs, mixed case",
                        Docx::withDdeFieldSplitAcrossRuns,
                        "active-content"),
                docx("DOCX with a simple DDE field", Docx::withSimpleDdeField, "active-content"),
                docx("DOCX with a field keyword computed by QUOTE", Docx::withComputedFieldKeyword, "active-content"),
                docx("DOCX with an INCLUDEPICTURE field", Docx::withIncludePictureField, "active-content"),
                docx("DOCX with a macro project", Docx::withMacroProject, "active-content"),
                docx("DOCX with a macro project named in capitals", Docx::withUpperCaseMacroProject, "active-content"),
                docx("DOCX with a macro project renamed to an image", Docx::withRenamedMacroProject, "active-content"),
                docx("DOCX with a macro content type", Docx::withMacroContentType, "active-content"),
                docx("DOCX with a macro-enabled main part", Docx::withMacroEnabledMainPart, "active-content"),
                docx("DOCX zip bomb", Docx::zipBomb, "file-type"),
                docx("DOCX zip bomb with lying sizes", Docx::zipBombWithLyingSizes, "file-type"),
                docx("DOCX with more than 1000 parts", Docx::withTooManyParts, "file-type"),
                docx("DOCX with one part under two spellings", Docx::withDuplicatePart, "file-type"));
    }

    private static Case pdf(String name, Supplier<byte[]> content, String code) {
        return new Case(name, "cv.pdf", content, code);
    }

    private static Case docx(String name, Supplier<byte[]> content, String code) {
        return new Case(name, "cv.docx", content, code);
    }
}
