import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";

/** «Показать инструкцию» and «Скачать пример» (seed 002 §12, steps 2–3). */
export function ImportInstructions({ instructions, templateHref }: { instructions: readonly string[]; templateHref: string }) {
  return (
    <div className="space-y-3">
      <details className="rounded-md border bg-muted/30 px-4 py-2 text-sm">
        <summary className="cursor-pointer font-medium">Показать инструкцию</summary>
        <ol className="mt-3 list-decimal space-y-2 pl-5 text-muted-foreground">
          {instructions.map((paragraph) => (
            <li key={paragraph}>{paragraph}</li>
          ))}
        </ol>
      </details>
      <Button variant="outline" size="sm" asChild>
        <a href={templateHref} download>
          <Download /> Скачать пример
        </a>
      </Button>
    </div>
  );
}
