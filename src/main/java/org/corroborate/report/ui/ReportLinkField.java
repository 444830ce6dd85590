package org.corroborate.report.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.corroborate.report.LinkReader;
import org.corroborate.report.ReadLink;
import org.corroborate.report.ReportService;
import org.corroborate.report.UnreadableLinkException;

/**
 * Reads a web address into the inbox's form: the page is fetched and read by the server (nothing stored yet),
 * and either fills the form or says why it could not be read (refused address, timeout, 404, too large...).
 */
class ReportLinkField extends VerticalLayout {

    final TextField address = new TextField();
    final Button read = new Button();
    final Span message = new Span();
    private final LinkReader links;
    private final Consumer<ReadLink> onRead;

    ReportLinkField(LinkReader links, Consumer<ReadLink> onRead) {
        this.links = links;
        this.onRead = onRead;
        setPadding(false);
        setSpacing(false);
        address.setLabel(getTranslation("report.add.link.label"));
        address.setPlaceholder("https://");
        address.setHelperText(getTranslation("report.add.link.help"));
        address.setMaxLength(ReportService.MAX_URL_LENGTH);
        address.setClearButtonVisible(true);
        address.addKeyPressListener(Key.ENTER, e -> read());
        read.setText(getTranslation("report.add.link.read"));
        read.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        read.addClickListener(e -> read());
        read.setDisableOnClick(true);
        HorizontalLayout row = new HorizontalLayout(address, read);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(address);
        message.addClassName("link-message");
        add(row, message);
    }

    void read() {
        try {
            if (address.getValue().isBlank()) {
                problem(getTranslation("report.add.link.empty"));
                return;
            }
            ReadLink page = links.read(address.getValue().strip());
            message.removeClassName("problem");
            message.setText(getTranslation("report.add.link.read-done", page.url(), page.text().length())
                    + page.notes().stream().map(n -> " " + getTranslation(n,
                            java.util.Objects.toString(page.domain(), ""), java.util.Objects.toString(page.publisherName(), "")))
                            .reduce("", String::concat));
            onRead.accept(page);
        } catch (UnreadableLinkException unreadable) {
            problem(getTranslation(unreadable.messageKey(), Sizes.localized(unreadable.arguments(), getLocale())));
        } finally {
            read.setEnabled(true);
        }
    }

    private void problem(String text) {
        message.addClassName("problem");
        message.setText(text);
    }
}
