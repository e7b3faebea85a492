import * as React from "react";
import { MessageBar, MessageBarBody, type MessageBarIntent } from "@fluentui/react-components";

/**
 * What happened, as every view says it: a Fluent message bar of one intent. The intent is
 * repeated as data-intent, because Fluent shows it only through colour and icon.
 */
export function OutcomeBar({
  intent,
  children,
}: {
  intent: MessageBarIntent;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <MessageBar intent={intent} layout="multiline" data-intent={intent}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
