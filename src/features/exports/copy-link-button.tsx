import { CopyButton } from '@/components/copy-button';

/** Copies the address of the current view (every filter is in it). */
export function CopyLinkButton() {
  return (
    <CopyButton
      text={() => window.location.href}
      copied="Link copied"
      fieldLabel="Link to this view"
    >
      Copy link
    </CopyButton>
  );
}
