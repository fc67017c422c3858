import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportCheck } from "@/lib/exchange/preview-import";

/** The validation report: every problem with its line and column; nothing was written. */
export function ImportIssues({ check }: { check: Extract<ImportCheck, { status: "rejected" }> }) {
  const shown = check.issues.length < check.issueCount ? ` Показаны первые ${check.issues.length}.` : "";
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>Файл не загружен: найдено ошибок — {check.issueCount}</CardTitle>
        <CardDescription>Исправьте файл и загрузите его снова. Ничего не изменено.{shown}</CardDescription>
      </CardHeader>
      <CardContent>
        <div className="max-h-[28rem] overflow-auto rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="w-20">Строка</TableHead>
                <TableHead className="w-56">Колонка</TableHead>
                <TableHead>Ошибка</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {check.issues.map((issue, i) => (
                <TableRow key={i}>
                  <TableCell>{issue.line ?? "—"}</TableCell>
                  <TableCell>{issue.column ?? "—"}</TableCell>
                  <TableCell className="whitespace-normal">{issue.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </CardContent>
    </Card>
  );
}
