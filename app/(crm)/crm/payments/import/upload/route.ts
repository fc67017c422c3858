import { z } from "zod";
import { uploadRoute } from "@/app/_server/upload-route";
import { MAX_STATEMENT_BYTES, previewStatement, statementTooLarge } from "@/lib/payments/statements/preview-statement";

/** Step one of loading a bank statement or a payment registry: the file is read, matched and kept for confirmation. */
export const POST = uploadRoute("finance.payments.edit", z.object({}), { maxBytes: MAX_STATEMENT_BYTES, tooLarge: statementTooLarge }, (ctx, _fields, file) => previewStatement(ctx, file));
