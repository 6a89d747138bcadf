package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.Device.Browser;
import app.kintsugi.account.Device.System;

class DeviceTest {

    @Test
    void readsTheFamiliesOfCommonBrowsers() {
        assertThat(Device.of("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo(new Device(Browser.FIREFOX, System.LINUX));
        assertThat(Device.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"))
                .isEqualTo(new Device(Browser.EDGE, System.WINDOWS));
        assertThat(Device.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
                .isEqualTo(new Device(Browser.SAFARI, System.IPHONE));
        assertThat(Device.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"))
                .isEqualTo(new Device(Browser.SAFARI, System.MACOS));
        assertThat(Device.of("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"))
                .isEqualTo(new Device(Browser.SAMSUNG, System.ANDROID));
        assertThat(Device.of("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"))
                .isEqualTo(new Device(Browser.CHROME, System.ANDROID));
        assertThat(Device.of("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1"))
                .isEqualTo(new Device(Browser.CHROME, System.IPAD));
        assertThat(Device.of("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0"))
                .isEqualTo(new Device(Browser.OPERA, System.CHROMEOS));
    }

    @Test
    void anythingElseIsOtherAndNothingIsLongerThanItsCode() {
        assertThat(Device.of(null)).isEqualTo(Device.UNKNOWN);
        assertThat(Device.of("")).isEqualTo(Device.UNKNOWN);
        assertThat(Device.of("curl/8.5.0")).isEqualTo(Device.UNKNOWN);
        assertThat(Device.of("x".repeat(100_000)).code()).isEqualTo("OTHER/OTHER");
        for (Browser b : Browser.values()) {
            for (System s : System.values()) {
                Device d = new Device(b, s);
                assertThat(Device.ofCode(d.code())).isEqualTo(d);
                assertThat(d.code().length()).isLessThanOrEqualTo(40);
            }
        }
        assertThat(Device.ofCode("NONSENSE/LINUX")).isEqualTo(Device.UNKNOWN);
        assertThat(Device.ofCode("FIREFOX")).isEqualTo(Device.UNKNOWN);
        assertThat(Device.ofCode(null)).isEqualTo(Device.UNKNOWN);
    }
}
