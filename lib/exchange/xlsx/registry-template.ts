import { importInstructions } from "../instructions";
import { basisNames, premiseTypeNames } from "../vocabulary";
import { DATA_SHEET, registryColumns, type RegistryColumnKey } from "./registry-columns";
import { sheetTemplate } from "./sheet-template";

export type TemplateExample = Partial<Record<RegistryColumnKey, string | number>>;

const textColumns: RegistryColumnKey[] = ["number", "entrance", "floor", "premiseExternalId", "accountNumber", "els", "legalEntityInn", "phone", "share"];

/** The Excel template: every column, examples to overwrite, drop-down lists for the type and the basis, the instructions. */
export const registryTemplate = (examples: readonly TemplateExample[]): Promise<Buffer> =>
  sheetTemplate({
    sheet: DATA_SHEET,
    columns: registryColumns,
    textColumns,
    examples,
    lists: { premiseType: premiseTypeNames, basis: basisNames },
    instructions: importInstructions.registry_xlsx,
  });
