import { CheckCircle2, Circle, Clock } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/crm/page-header";
import { Badge } from "@/components/ui/badge";
import type { StaffContext } from "@/lib/core/context";
import { getSetupProgress } from "@/lib/org/get-setup-progress";
import { greetingName, ownProfile } from "./own-profile";
import { setupSteps, type SetupStep } from "./setup-steps";

/** The step's title, linked to its page when the step exists and the employee may open that page. */
function StepTitle({ step, allowed }: { step: SetupStep; allowed: boolean }) {
  if (!step.done) return <span className="font-medium text-muted-foreground">{step.title}</span>;
  if (!allowed) return <span className="font-medium">{step.title}</span>;
  return (
    <Link href={step.href} className="font-medium hover:underline">
      {step.title}
    </Link>
  );
}

/** The home of those who set the organisation up: its first steps, each done or not, read from its data. */
export async function SetupChecklist({ ctx }: { ctx: StaffContext }) {
  const [progress, profile] = await Promise.all([getSetupProgress(ctx), ownProfile(ctx)]);
  const available = setupSteps.filter((s) => s.done !== undefined);
  const doneCount = available.filter((s) => progress[s.done]).length;
  return (
    <>
      <PageHeader title="Начало работы" description={`Здравствуйте, ${greetingName(profile)}! Настройте организацию за несколько шагов.`} />
      <div className="max-w-3xl space-y-4">
        <div className="space-y-2">
          <div className="text-sm font-medium">
            Выполнено {doneCount} из {available.length}
          </div>
          <div
            className="h-2 overflow-hidden rounded-full bg-muted"
            role="progressbar"
            aria-label="Настройка организации"
            aria-valuemin={0}
            aria-valuemax={available.length}
            aria-valuenow={doneCount}
          >
            <div className="h-full bg-primary transition-all" style={{ width: `${(doneCount / available.length) * 100}%` }} />
          </div>
        </div>
        <ol className="divide-y rounded-md border">
          {setupSteps.map((step) => {
            const done = step.done ? progress[step.done] : false;
            const allowed = step.done !== undefined && (step.permission === null || ctx.permissions.has(step.permission));
            return (
              <li key={step.title} className="flex gap-3 p-4">
                {!step.done ? (
                  <Clock className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
                ) : done ? (
                  <CheckCircle2 className="mt-0.5 size-5 shrink-0 text-green-600" aria-hidden />
                ) : (
                  <Circle className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
                )}
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <StepTitle step={step} allowed={allowed} />
                    {!step.done && <Badge variant="outline">скоро</Badge>}
                    {done && <span className="sr-only">— выполнено</span>}
                  </div>
                  <p className="text-sm text-muted-foreground">{step.hint}</p>
                  {step.done && !done && !allowed && (
                    <p className="text-sm text-muted-foreground">Этот шаг выполняет сотрудник с доступом к разделу — например, руководитель.</p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </div>
    </>
  );
}
