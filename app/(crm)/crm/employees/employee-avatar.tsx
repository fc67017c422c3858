import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";

/** An employee's photo (served by /crm/files) or their initials. `src` overrides it, e.g. for a preview. */
export function EmployeeAvatar({
  photo,
  src,
  lastName,
  firstName,
  size,
  className,
}: {
  photo: string | null;
  src?: string;
  lastName: string;
  firstName: string;
  size?: "sm" | "default" | "lg";
  className?: string;
}) {
  const url = src ?? (photo ? `/crm/files/${photo}` : undefined);
  return (
    <Avatar size={size} className={className}>
      {url && <AvatarImage src={url} alt={`${lastName} ${firstName}`} className="object-cover" />}
      <AvatarFallback>{`${lastName.charAt(0)}${firstName.charAt(0)}`}</AvatarFallback>
    </Avatar>
  );
}
