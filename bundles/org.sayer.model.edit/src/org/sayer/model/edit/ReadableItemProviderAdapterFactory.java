package org.sayer.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.sayer.model.Claim;
import org.sayer.model.Speaker;
import org.sayer.model.SpeakerMention;
import org.sayer.model.provider.ClaimItemProvider;
import org.sayer.model.provider.SayerItemProviderAdapterFactory;
import org.sayer.model.provider.SpeakerItemProvider;
import org.sayer.model.provider.SpeakerMentionItemProvider;

/**
 * The generated item providers with labels a person can read (the generated ones show ids).
 * Subclassing keeps the generated code untouched.
 */
public class ReadableItemProviderAdapterFactory extends SayerItemProviderAdapterFactory {

    @Override
    public Adapter createClaimAdapter() {
        if (claimItemProvider == null) {
            claimItemProvider = new ClaimItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.claim((Claim) object);
                }
            };
        }
        return claimItemProvider;
    }

    @Override
    public Adapter createSpeakerMentionAdapter() {
        if (speakerMentionItemProvider == null) {
            speakerMentionItemProvider = new SpeakerMentionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.mention((SpeakerMention) object);
                }
            };
        }
        return speakerMentionItemProvider;
    }

    @Override
    public Adapter createSpeakerAdapter() {
        if (speakerItemProvider == null) {
            speakerItemProvider = new SpeakerItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return Labels.speaker((Speaker) object);
                }
            };
        }
        return speakerItemProvider;
    }
}
